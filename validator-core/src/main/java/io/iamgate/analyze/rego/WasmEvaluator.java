package io.iamgate.analyze.rego;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.iamgate.analyze.AnalyzerException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Evaluates entrypoints of the built-in pack in-process. A wasm instance has one linear memory and is not safe
 * to share, so each evaluation borrows an instance from a pool; instances are made on first need, so the pool
 * grows only as far as the concurrency it sees (at most {@code size}). One evaluator serves a whole run.
 */
final class WasmEvaluator {

    private final ConcurrentLinkedDeque<PackInstance> idle = new ConcurrentLinkedDeque<>();
    private final AtomicReference<CompletableFuture<PackInstance>> warming = new AtomicReference<>();
    private final Semaphore permits;

    WasmEvaluator(int size) {
        this.permits = new Semaphore(Math.max(1, size));
    }

    /**
     * Starts making the first instance on a daemon thread, so that its cost (loading the compiled module's
     * classes, initialising its memory) overlaps with the rest of the run's start instead of following it.
     */
    void warmUp() {
        CompletableFuture<PackInstance> first = new CompletableFuture<>();
        warming.set(first);
        Thread t = new Thread(
                () -> {
                    try {
                        first.complete(new PackInstance());
                    } catch (RuntimeException | LinkageError e) {
                        first.completeExceptionally(e);
                    }
                },
                "iamgate-rego-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** The value of the entrypoint for this input, or a missing node when it is undefined. */
    JsonNode evaluate(String entrypoint, JsonNode input) throws AnalyzerException {
        String raw;
        try {
            byte[] json = JsonTree.write(input);
            permits.acquire();
            try {
                PackInstance instance = borrow();
                // After a trap the instance's memory may be in any state: it goes back only after a clean run.
                raw = instance.evaluate(entrypoint, json);
                idle.addFirst(instance);
            } finally {
                permits.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalyzerException("interrupted while waiting for a Rego evaluator", e);
        } catch (IOException e) {
            throw new AnalyzerException(
                    "the input for the built-in Rego pack could not be written as JSON: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new AnalyzerException(
                    "the built-in Rego pack failed evaluating " + entrypoint + ": " + e.getMessage(), e);
        }
        try {
            // The wasm ABI answers [{"result": value}], or [] when the entrypoint is undefined.
            JsonNode results = JsonTree.read(raw);
            return results.isArray() && !results.isEmpty() ? results.get(0).path("result") : MissingNode.getInstance();
        } catch (IOException e) {
            throw new AnalyzerException("the built-in Rego pack answered something that is not JSON: " + raw, e);
        }
    }

    /** An idle instance, else the one being warmed up (waiting for it beats making a second), else a new one. */
    private PackInstance borrow() {
        PackInstance instance = idle.pollFirst();
        if (instance != null) {
            return instance;
        }
        CompletableFuture<PackInstance> first = warming.getAndSet(null);
        if (first != null) {
            try {
                return first.join();
            } catch (RuntimeException e) {
                // The warm-up failed; making an instance here reports why, in the caller's terms.
            }
        }
        return new PackInstance();
    }
}
