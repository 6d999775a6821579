package io.iamgate.analyze.rego;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.iamgate.analyze.AnalyzerException;
import io.iamgate.reference.IamReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in pack for one run: its per-policy analyzer and its repository analyzer, sharing one pool of wasm
 * instances. Creating it starts making the first instance on a background thread, so that the pack is ready by
 * the time the files are read and the IAM reference is loaded, instead of after them.
 */
public final class BuiltinRules {

    private final WasmEvaluator evaluator;
    private volatile PackFacts facts;

    private BuiltinRules(int threads) {
        this.evaluator = new WasmEvaluator(threads);
        evaluator.warmUp();
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

    /** The facts builder, made on first use with the actions the pack asks about ({@code iamgate/asked_actions}). */
    PackFacts facts() throws AnalyzerException {
        PackFacts known = facts;
        if (known == null) {
            JsonNode asked = evaluator.evaluate(BuiltinRegoPack.ASKED_ACTIONS, NullNode.getInstance());
            if (!asked.isArray()) {
                throw new AnalyzerException("the built-in Rego pack answered " + BuiltinRegoPack.ASKED_ACTIONS
                        + " with something that is not a list of actions: " + asked);
            }
            List<String> names = new ArrayList<>();
            asked.forEach(a -> names.add(a.asText()));
            known = new PackFacts(IamReference.bundled(), names);
            facts = known; // racing threads build equal builders; either may be kept
        }
        return known;
    }

    /** Where an analyzer gets the run's facts builder. */
    @FunctionalInterface
    interface FactsSource {
        PackFacts get() throws AnalyzerException;
    }
}
