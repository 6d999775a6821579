package io.iamgate.analyze.aws;

import io.iamgate.Iamgate;
import io.iamgate.Validator;
import io.iamgate.analyze.aws.FakeAwsServer.Response;
import io.iamgate.config.RunConfig;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.report.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Benchmark (not a test): N distinct policies through the real SDK client against the local server with
 * injected latency and a client-side rate limit; wall time against the ideal N/TPS; then the same run
 * again from the cache. Run with scripts/benchmark-aws [units] [tps] [latencyMillis].
 */
public final class AwsBenchmark {

    public static void main(String[] args) throws Exception {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        double tps = args.length > 1 ? Double.parseDouble(args[1]) : 20.0;
        long latency = args.length > 2 ? Long.parseLong(args[2]) : 200;
        Path cacheDir = Files.createTempDirectory("iamgate-bench-cache");
        try (FakeAwsServer server = new FakeAwsServer()) {
            server.latency(latency);
            server.on("ValidatePolicy", r -> Response.json("{\"findings\":[]}"));
            List<PolicyUnit> policies = new ArrayList<>();
            for (int i = 0; i < units; i++) {
                policies.add(AccessAnalyzerAnalyzerTest.unit(
                        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
                                + "\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::bucket-" + i
                                + "/*\"}]}",
                        PolicyType.IDENTITY_POLICY,
                        null));
            }
            AwsSettings aws = new AwsSettings(
                    true,
                    Optional.of("us-east-1"),
                    Optional.empty(),
                    Optional.of(server.endpoint()),
                    tps,
                    true,
                    AwsSettings.CustomChecks.NONE);
            RunConfig config = RunConfig.builder(cacheDir).aws(aws).build();
            System.out.printf(
                    "units=%d tps=%.1f latency=%dms nproc=%d analysisThreads=%d%n",
                    units,
                    tps,
                    latency,
                    Runtime.getRuntime().availableProcessors(),
                    Math.max(config.threads(), Math.min(64, (int) Math.ceil(tps * 2))));
            for (String pass : List.of("cold", "cached")) {
                server.clear();
                AccessAnalyzerAnalyzer analyzer = new AccessAnalyzerAnalyzer(
                        aws,
                        cacheDir,
                        ResultCache.in(cacheDir),
                        RetryPolicy.DEFAULT,
                        Optional.of(StaticCredentialsProvider.create(
                                AwsBasicCredentials.create("AKIDBENCH", "bench-secret"))));
                Validator validator = new Validator(List.of(), List.of(analyzer), List.of(), Iamgate.toolInfo());
                long t0 = System.nanoTime();
                RunReport report = validator.run(config, policies);
                double wall = (System.nanoTime() - t0) / 1e9;
                System.out.printf(
                        "%-6s wall=%.2fs ideal(N/TPS)=%.2fs ratio=%.3f httpCalls=%d errors=%d%n",
                        pass,
                        wall,
                        pass.equals("cold") ? units / tps : 0.0,
                        pass.equals("cold") ? wall / (units / tps) : 0.0,
                        server.requests().size(),
                        report.errors().size());
                analyzer.close();
            }
        }
    }
}
