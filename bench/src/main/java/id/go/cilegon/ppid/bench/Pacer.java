package id.go.cilegon.ppid.bench;

import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop schedule: send i is due at {@code start + i / rate}, whatever happened to the sends before it. Latency is
 * measured from that intended time, so a slow answer also delays (and is charged to) the sends queued behind it
 * instead of silently lowering the offered rate (coordinated omission).
 */
public final class Pacer {

    private final long startNanos;
    private final double intervalNanos;
    private final long count;

    /** A schedule of {@code count} sends at {@code perSecond}, the first at {@code startNanos} (System.nanoTime). */
    public Pacer(long startNanos, double perSecond, long count) {
        if (perSecond <= 0) {
            throw new IllegalArgumentException("rate must be positive, got " + perSecond);
        }
        this.startNanos = startNanos;
        this.intervalNanos = 1_000_000_000d / perSecond;
        this.count = count;
    }

    /** The number of sends in the schedule. */
    public long count() {
        return count;
    }

    /** When send {@code i} (0-based) is due, in System.nanoTime units. */
    public long intendedNanos(long i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("send " + i + " of " + count);
        }
        return startNanos + Math.round(i * intervalNanos);
    }

    /** How many sends are due at {@code nowNanos} (all those whose intended time has come). */
    public long dueBy(long nowNanos) {
        if (nowNanos < startNanos) {
            return 0;
        }
        long due = (long) Math.floor((nowNanos - startNanos) / intervalNanos) + 1;
        return Math.min(due, count);
    }

    /** Sleeps until send {@code i} is due (returns at once when it is already late). */
    public void awaitTurn(long i) {
        long target = intendedNanos(i);
        long left;
        while ((left = target - System.nanoTime()) > 0) {
            LockSupport.parkNanos(Math.min(left, 1_000_000L));
        }
    }
}
