package id.go.cilegon.ppid.index.domain;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Writes this service's binary state form (see {@code messaging.StateBinary}): variable-length integers, so small
 * counts take one byte, and strings as UTF-8 with their length. Not thread-safe; one per value written.
 */
public final class StateWriter {

    private byte[] buffer;
    private int size;

    public StateWriter(int capacity) {
        buffer = new byte[Math.max(16, capacity)];
    }

    public void writeByte(int value) {
        ensure(1);
        buffer[size++] = (byte) value;
    }

    public void writeBoolean(boolean value) {
        writeByte(value ? 1 : 0);
    }

    /** A signed long in 1-10 bytes, zig-zag encoded so small negative numbers stay small too. */
    public void writeLong(long value) {
        long v = (value << 1) ^ (value >> 63);
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buffer[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buffer[size++] = (byte) v;
    }

    public void writeInt(int value) {
        writeLong(value);
    }

    /** A string or null. */
    public void writeString(String value) {
        if (value == null) {
            writeLong(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        writeLong(utf8.length);
        writeBytes(utf8);
    }

    /** A date or null, as its epoch day. */
    public void writeDate(LocalDate value) {
        writeBoolean(value != null);
        if (value != null) {
            writeLong(value.toEpochDay());
        }
    }

    /** An enum constant or null, by name, so that reordering the constants never changes stored state. */
    public void writeEnum(Enum<?> value) {
        writeString(value == null ? null : value.name());
    }

    /** Bytes as they are (the caller writes their length if it needs it). */
    public void writeBytes(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
    }

    /** A nested value with its length, so a reader can keep it undecoded. */
    public void writeBlock(byte[] bytes) {
        writeLong(bytes.length);
        writeBytes(bytes);
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
