package io.iamgate.analyze.rego;

import io.iamgate.reference.IamReference;

/**
 * The built-in pack for one run: its per-policy analyzer and its repository analyzer, sharing one pool of wasm
 * instances. Creating it starts making the first instance on a background thread, so that the pack is ready by
 * the time the files are read and the IAM reference is loaded, instead of after them.
 */
public final class BuiltinRules {

    private final WasmEvaluator evaluator;

    private BuiltinRules(int threads) {
        this.evaluator = new WasmEvaluator(threads);
        evaluator.warmUp();
    }

    /** Starts the pack for a run that analyzes on up to {@code threads} threads. */
    public static BuiltinRules start(int threads) {
        return new BuiltinRules(threads);
    }

    public BuiltinRegoAnalyzer analyzer() {
        return new BuiltinRegoAnalyzer(evaluator, IamReference.bundled());
    }

    public BuiltinRegoRepositoryAnalyzer repositoryAnalyzer() {
        return new BuiltinRegoRepositoryAnalyzer(evaluator);
    }
}
