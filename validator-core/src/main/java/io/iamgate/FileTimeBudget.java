package io.iamgate;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The time one file's policies may take to analyse, counted from when the first of them starts. When it
 * runs out, the thread doing the work is interrupted; the analyzers stop at their next checkpoint
 * (between statements) and the file is reported as not checked (an error, exit 2) instead of the run
 * hanging on content a pull request chose. Every check is bounded on its own; this is the backstop.
 */
final class FileTimeBudget implements AutoCloseable {

    private final long budgetNanos;
    private final Map<String, Long> starts = new ConcurrentHashMap<>();
    private final ScheduledExecutorService alarms = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "iamgate-time-budget");
        t.setDaemon(true);
        return t;
    });

    FileTimeBudget(Duration perFile) {
        this.budgetNanos = perFile.toNanos();
    }

    Duration perFile() {
        return Duration.ofNanos(budgetNanos);
    }

    /** Runs {@code work} on this thread within {@code file}'s budget: its result, or empty when time ran out. */
    <T> Optional<T> run(String file, Supplier<T> work) {
        long start = starts.computeIfAbsent(file, f -> System.nanoTime());
        long left = start + budgetNanos - System.nanoTime();
        if (left <= 0) {
            return Optional.empty();
        }
        Alarm alarm = new Alarm(Thread.currentThread());
        ScheduledFuture<?> scheduled = alarms.schedule(alarm::ring, left, TimeUnit.NANOSECONDS);
        try {
            T result = work.get();
            return alarm.disarm() ? Optional.empty() : Optional.of(result);
        } catch (CancellationException e) {
            if (alarm.disarm()) {
                return Optional.empty();
            }
            throw e;
        } finally {
            alarm.disarm();
            scheduled.cancel(false);
            Thread.interrupted(); // the alarm's interrupt belongs to this file only, not to the next task
        }
    }

    @Override
    public void close() {
        alarms.shutdownNow();
    }

    /** Interrupts its thread once, unless disarmed first; disarming tells whether it rang. */
    private static final class Alarm {
        private final Thread thread;
        private boolean disarmed;
        private boolean rang;

        Alarm(Thread thread) {
            this.thread = thread;
        }

        synchronized void ring() {
            if (!disarmed) {
                rang = true;
                thread.interrupt();
            }
        }

        synchronized boolean disarm() {
            disarmed = true;
            return rang;
        }
    }
}
