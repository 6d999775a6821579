package io.iamgate.analyze.aws;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how long to retry a throttled (429) or failed (5xx, connection) call: bounded attempts,
 * exponential backoff with full jitter, and a server's Retry-After honoured (capped).
 *
 * @param maxAttempts attempts in all, the first included
 * @param baseDelay the backoff before the second attempt, doubled each time before jitter
 * @param maxDelay the largest wait between two attempts, Retry-After included
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(20));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The wait before attempt {@code attempt + 1} (attempt counts from 1). */
    public Duration delay(int attempt, Duration retryAfter) {
        long cap = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(attempt - 1, 16));
        long jittered = ThreadLocalRandom.current().nextLong(cap + 1);
        long wait = retryAfter == null ? jittered : Math.max(jittered, retryAfter.toMillis());
        return Duration.ofMillis(Math.min(wait, maxDelay.toMillis()));
    }
}
