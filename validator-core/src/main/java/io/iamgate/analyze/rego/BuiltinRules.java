package io.iamgate.analyze.rego;

import io.iamgate.analyze.AnalyzerException;
import io.iamgate.reference.IamReference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The built-in pack for one run: its per-policy analyzer and its repository analyzer, sharing one pool of wasm
 * instances. Creating it starts making the first instance on a background thread, so that the pack is ready by
 * the time the files are read and the IAM reference is loaded, instead of after them.
 */
public final class BuiltinRules {

    private static final String ASKED_ACTIONS = "builtin-policy.asked-actions.txt";

    private final WasmEvaluator evaluator;
    /** Made once per run, started on a thread of its own so that it is ready when the first policy is analyzed. */
    private final FutureTask<PackFacts> facts =
            new FutureTask<>(() -> new PackFacts(IamReference.bundled(), askedActions()));

    private BuiltinRules(int threads) {
        this.evaluator = new WasmEvaluator(threads);
        evaluator.warmUp();
        Thread t = new Thread(facts, "iamgate-rego-facts");
        t.setDaemon(true);
        t.start();
    }

    /** Starts the pack for a run that analyzes on up to {@code threads} threads. */
    public static BuiltinRules start(int threads) {
        return new BuiltinRules(threads);
    }

    public BuiltinRegoAnalyzer analyzer() {
        return new BuiltinRegoAnalyzer(evaluator, this::facts);
    }

    public BuiltinRegoRepositoryAnalyzer repositoryAnalyzer() {
        return new BuiltinRegoRepositoryAnalyzer(evaluator, this::facts);
    }

    /**
     * The facts builder, made once with the actions the pack asks about: its {@code iamgate/asked_actions},
     * which scripts/build-rego-bundle writes beside the bundle, so that making facts needs no wasm instance.
     */
    PackFacts facts() throws AnalyzerException {
        facts.run(); // makes it here if its thread has not started yet; a no-op once it has
        try {
            return facts.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalyzerException("interrupted while waiting for the built-in Rego pack's facts", e);
        } catch (ExecutionException e) {
            // The failure the caller would have seen making the facts itself.
            if (e.getCause() instanceof AnalyzerException a) {
                throw a;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    static List<String> askedActions() throws AnalyzerException {
        try (InputStream in = BuiltinRules.class.getResourceAsStream(ASKED_ACTIONS)) {
            if (in == null) {
                throw new AnalyzerException(
                        "the built-in Rego pack's " + ASKED_ACTIONS + " is missing from the jar; " + "rebuild iamgate");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new AnalyzerException("the built-in Rego pack's " + ASKED_ACTIONS + " could not be read: " + e, e);
        }
    }

    /** Where an analyzer gets the run's facts builder. */
    @FunctionalInterface
    interface FactsSource {
        PackFacts get() throws AnalyzerException;
    }
}
