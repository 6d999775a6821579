package io.iamgate.analyze.rego;

import io.iamgate.conformance.AccessAnalyzerCorpus;
import io.iamgate.model.Finding;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Per-policy cost of the built-in pack in-process, after warm-up, on a directory of policies read as identity
 * policies; prints the findings by rule. Run by scripts/benchmark-rego. Not a test: numbers depend on the machine.
 */
public final class RegoBenchmark {

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0
                ? Path.of(args[0])
                : AccessAnalyzerCorpus.locate().resolve("policies");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int threads = args.length > 2
                ? Integer.parseInt(args[2])
                : Runtime.getRuntime().availableProcessors();
        List<PolicyUnit> units = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                units.add(RegoUnits.unit(
                        f.getFileName().toString(),
                        "",
                        PolicyType.IDENTITY_POLICY,
                        null,
                        Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        long t0 = System.nanoTime();
        BuiltinRegoAnalyzer analyzer = BuiltinRules.start(threads).analyzer();
        analyzer.analyze(units.get(0));
        System.out.printf("first instance (compile + first evaluation): %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        // Warm-up: one pass on one thread (JIT), then a concurrent pass (fills the pool).
        for (PolicyUnit u : units) {
            analyzer.analyze(u);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            runConcurrently(analyzer, units, pool);
            for (int r = 0; r < rounds; r++) {
                long s = System.nanoTime();
                long findings = 0;
                for (PolicyUnit u : units) {
                    findings += analyzer.analyze(u).size();
                }
                double single = (System.nanoTime() - s) / 1e6;
                s = System.nanoTime();
                Map<String, Integer> byRule = runConcurrently(analyzer, units, pool);
                double parallel = (System.nanoTime() - s) / 1e6;
                System.out.printf(
                        "round %d: %d policies, %d findings; 1 thread %.0f ms (%.2f ms/policy); %d threads %.0f ms"
                                + " (%.2f ms/policy wall)%n",
                        r + 1,
                        units.size(),
                        findings,
                        single,
                        single / units.size(),
                        threads,
                        parallel,
                        parallel / units.size());
                if (r == rounds - 1) {
                    System.out.println("findings by rule:");
                    byRule.forEach((code, n) -> System.out.printf("  %-50s %d%n", code, n));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Integer> runConcurrently(
            BuiltinRegoAnalyzer analyzer, List<PolicyUnit> units, ExecutorService pool) throws Exception {
        List<Future<List<Finding>>> answers = new ArrayList<>();
        for (PolicyUnit u : units) {
            answers.add(pool.submit(() -> analyzer.analyze(u)));
        }
        Map<String, Integer> byRule = new TreeMap<>();
        for (Future<List<Finding>> a : answers) {
            for (Finding f : a.get()) {
                byRule.merge(f.issueCode(), 1, Integer::sum);
            }
        }
        return byRule;
    }
}
