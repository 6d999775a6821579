package io.iamgate.analyze.aws;

/**
 * A client-side rate limit: a token bucket of one token refilled at {@code permitsPerSecond}, so calls are
 * spaced evenly and never burst above the rate. One per analyzer instance, shared by its worker threads.
 */
public final class RateLimiter {

    private final long intervalNanos;
    private long nextFree;

    public RateLimiter(double permitsPerSecond) {
        if (!(permitsPerSecond > 0)) {
            throw new IllegalArgumentException("maxRequestsPerSecond must be positive, was " + permitsPerSecond);
        }
        this.intervalNanos = (long) (1_000_000_000L / permitsPerSecond);
        this.nextFree = System.nanoTime();
    }

    /** Waits until this caller's slot; slots are reserved under the lock and slept on outside it. */
    public void acquire() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextFree);
            nextFree = slot + intervalNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
        }
    }
}
