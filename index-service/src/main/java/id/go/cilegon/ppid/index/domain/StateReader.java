package id.go.cilegon.ppid.index.domain;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Function;

/** Reads what {@link StateWriter} wrote; a truncated or corrupt value fails with {@link IllegalStateException}. */
public final class StateReader {

    private final byte[] bytes;
    private final int version;
    private int position;

    public StateReader(byte[] bytes, int position) {
        this(bytes, position, 0);
    }

    /** A reader of a value written in format {@code version} (0: a part of a value that has no version of its own). */
    public StateReader(byte[] bytes, int position, int version) {
        this.bytes = bytes;
        this.position = position;
        this.version = version;
    }

    /** The format version of the value being read. */
    public int version() {
        return version;
    }

    public int readByte() {
        check(1);
        return bytes[position++];
    }

    public boolean readBoolean() {
        return readByte() != 0;
    }

    public long readLong() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            check(1);
            byte b = bytes[position++];
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (v >>> 1) ^ -(v & 1);
            }
        }
        throw new IllegalStateException("malformed number in state at byte " + position);
    }

    public int readInt() {
        long v = readLong();
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new IllegalStateException("number out of range in state at byte " + position);
        }
        return (int) v;
    }

    public String readString() {
        int length = readInt();
        if (length < 0) {
            return null;
        }
        check(length);
        String value = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    public LocalDate readDate() {
        return readBoolean() ? LocalDate.ofEpochDay(readLong()) : null;
    }

    public <E> E readEnum(Function<String, E> valueOf) {
        String name = readString();
        return name == null ? null : valueOf.apply(name);
    }

    /** A value written by {@link StateWriter#writeBlock}, as its own bytes. */
    public byte[] readBlock() {
        int length = readInt();
        check(length);
        byte[] block = Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return block;
    }

    /** Everything not read yet, as its own bytes (the reader is then at its end). */
    public byte[] readRest() {
        byte[] rest = Arrays.copyOfRange(bytes, position, bytes.length);
        position = bytes.length;
        return rest;
    }

    public boolean atEnd() {
        return position == bytes.length;
    }

    private void check(int more) {
        if (more < 0 || position + more > bytes.length) {
            throw new IllegalStateException("state value ends early at byte " + position + " of " + bytes.length);
        }
    }
}
