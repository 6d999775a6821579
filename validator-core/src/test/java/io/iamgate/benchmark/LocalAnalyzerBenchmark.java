package io.iamgate.benchmark;

import io.iamgate.analyze.local.LocalAnalyzer;
import io.iamgate.analyze.local.LocalChecks;
import io.iamgate.conformance.AccessAnalyzerCorpus;
import io.iamgate.conformance.Conformance;
import io.iamgate.model.PolicyUnit;
import io.iamgate.reference.IamReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;

/**
 * scripts/benchmark (in-process part): every corpus policy through the offline analyzer with all checks,
 * on all cores as the Validator runs it, after a warm-up. Reports policies per second for analysis alone
 * and for parse + analysis. A plain main, not JMH: the unit of work is large (726 policies) and
 * steady-state after warm-up, so JMH's harness would add little.
 */
public final class LocalAnalyzerBenchmark {

    private LocalAnalyzerBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path corpus = args.length > 0 ? Path.of(args[0]) : AccessAnalyzerCorpus.locate();
        int warmup = Integer.getInteger("warmup", 10);
        int iterations = Integer.getInteger("iterations", 30);
        if (!Files.isDirectory(corpus.resolve("policies"))) {
            System.err.println("benchmark: no corpus at " + corpus + "; pass its folder or set -D"
                    + AccessAnalyzerCorpus.PROPERTY + "=DIR");
            System.exit(2);
        }
        Map<String, String> texts = Conformance.policies(corpus);
        IamReference reference = IamReference.bundled();
        LocalAnalyzer analyzer = new LocalAnalyzer(LocalChecks.all(), reference);
        List<PolicyUnit> units = new ArrayList<>();
        texts.forEach((file, text) -> units.add(Conformance.identityPolicy(file, text)));
        int threads = Runtime.getRuntime().availableProcessors();
        ForkJoinPool pool = new ForkJoinPool(threads);
        AtomicLong sink = new AtomicLong();

        Runnable analyzeOnly = () -> pool.submit(() -> units.parallelStream()
                        .forEach(u -> sink.addAndGet(analyzer.analyze(u).size())))
                .join();
        Runnable parseAndAnalyze = () -> pool.submit(() -> texts.entrySet().parallelStream()
                        .forEach(e ->
                                sink.addAndGet(analyzer.analyze(Conformance.identityPolicy(e.getKey(), e.getValue()))
                                        .size())))
                .join();

        System.out.printf(
                Locale.ROOT,
                "benchmark: %d policies, %d checks, %d threads (availableProcessors), "
                        + "%d warm-up + %d measured iterations%n",
                units.size(),
                analyzer.checks().size(),
                threads,
                warmup,
                iterations);
        report("analyze", units.size(), measure(analyzeOnly, warmup, iterations));
        report("parse+analyze", units.size(), measure(parseAndAnalyze, warmup, iterations));
        pool.shutdown();
        if (sink.get() < 0) {
            System.out.println(sink.get());
        }
    }

    private static long[] measure(Runnable round, int warmup, int iterations) {
        for (int i = 0; i < warmup; i++) {
            round.run();
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            round.run();
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String what, int policies, long[] sortedNanos) {
        double median = sortedNanos[sortedNanos.length / 2] / 1e9;
        double best = sortedNanos[0] / 1e9;
        System.out.printf(
                Locale.ROOT,
                "  %-14s median %7.1f ms/round = %,9.0f policies/s   (best %7.1f ms = %,9.0f /s)%n",
                what,
                median * 1000,
                policies / median,
                best * 1000,
                policies / best);
    }
}
