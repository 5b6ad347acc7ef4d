package nl.mensenhandel.gateway.invalidtoken;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Invalid tokens per client address, as a leaky bucket: every failure adds one, the level drains evenly at
 * {@code maxFailures} per {@code window}; once it holds {@code maxFailures}, the address is blocked until one
 * more failure would fit again. A persistent sender is thus held to about {@code maxFailures} signature checks per
 * window, while a user whose token just expired never notices.
 *
 * <p>Memory is bounded: at most {@code maxTrackedAddresses} entries; drained entries are swept (every 30 s,
 * and when the table is full, at most once a second). When the table is full of addresses that are all
 * still failing, a new address is not tracked — the limit then protects less, but memory never grows.
 */
public class InvalidTokenCounter {

    private static final long SWEEP_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final long FULL_SWEEP_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final int maxFailures;
    private final double drainPerNano;
    private final int maxTracked;
    private final LongSupplier nanoTime;
    private final Map<String, Level> levels = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep;
    private final AtomicLong nextFullSweep;

    public InvalidTokenCounter(InvalidTokenProperties properties) {
        this(properties, System::nanoTime);
    }

    InvalidTokenCounter(InvalidTokenProperties properties, LongSupplier nanoTime) {
        this.maxFailures = properties.maxFailures();
        this.drainPerNano = (double) properties.maxFailures() / properties.window().toNanos();
        this.maxTracked = properties.maxTrackedAddresses();
        this.nanoTime = nanoTime;
        long now = nanoTime.getAsLong();
        this.nextSweep = new AtomicLong(now + SWEEP_INTERVAL_NANOS);
        this.nextFullSweep = new AtomicLong(now);
    }

    /** Seconds until {@code key} may try again (at least 1), or 0 when it is not blocked. */
    public long blockedForSeconds(String key) {
        long now = nanoTime.getAsLong();
        sweepIfDue(now);
        Level level = levels.get(key);
        if (level == null) {
            return 0;
        }
        // blocked while one more failure would exceed the limit, so exactly maxFailures pass in a row
        double excess = level.at(now, drainPerNano) - (maxFailures - 1);
        if (excess <= 0) {
            return 0;
        }
        return Math.max(1, (long) Math.ceil(excess / drainPerNano / NANOS_PER_SECOND));
    }

    /** One more invalid token from {@code key}. */
    public void recordFailure(String key) {
        long now = nanoTime.getAsLong();
        if (!levels.containsKey(key) && levels.size() >= maxTracked) {
            sweepFull(now);
            if (levels.size() >= maxTracked) {
                return;
            }
        }
        levels.compute(key, (k, level) -> {
            Level l = level != null ? level : new Level();
            l.add(now, drainPerNano);
            return l;
        });
    }

    /** Addresses tracked, for tests. */
    int size() {
        return levels.size();
    }

    private void sweepIfDue(long now) {
        long due = nextSweep.get();
        if (now - due >= 0 && nextSweep.compareAndSet(due, now + SWEEP_INTERVAL_NANOS)) {
            sweep(now);
        }
    }

    private void sweepFull(long now) {
        long due = nextFullSweep.get();
        if (now - due >= 0 && nextFullSweep.compareAndSet(due, now + FULL_SWEEP_INTERVAL_NANOS)) {
            sweep(now);
        }
    }

    private void sweep(long now) {
        for (String key : levels.keySet()) {
            levels.computeIfPresent(key, (k, l) -> l.at(now, drainPerNano) <= 0 ? null : l);
        }
    }

    /** Only touched inside {@code ConcurrentHashMap.compute}, or read as a snapshot. */
    private static final class Level {

        private volatile double value;
        private volatile long updatedAt;

        double at(long now, double drainPerNano) {
            return Math.max(0, value - Math.max(0, now - updatedAt) * drainPerNano);
        }

        void add(long now, double drainPerNano) {
            value = at(now, drainPerNano) + 1;
            updatedAt = now;
        }
    }
}
