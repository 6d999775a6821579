package io.iamgate.benchmark;

import io.iamgate.extract.ExtractOptions;
import io.iamgate.extract.Extraction;
import io.iamgate.extract.SourceFile;
import io.iamgate.extract.terraform.TerraformPlanExtractor;
import io.iamgate.load.LoadedFile;
import io.iamgate.principal.PrincipalModel;
import io.iamgate.principal.PrincipalModelBuilder;
import io.iamgate.reference.IamReference;
import io.iamgate.reference.ManagedPolicies;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The principal stage on a generated Terraform plan of N roles (default 1,000) with 5 policies each: an
 * inline_policy block, an aws_iam_role_policy, an aws_iam_policy attached by a policy_arn known only after
 * apply (linked through the configuration references) and two AWS managed policies by
 * aws_iam_role_policy_attachment (AdministratorAccess on every tenth role, else ReadOnlyAccess, and
 * AWSLambdaBasicExecutionRole). Extraction runs once, outside the timing. A plain main:
 * {@code mvn -B -q -o -pl validator-core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.iamgate.benchmark.TerraformPrincipalStageBenchmark}
 */
public final class TerraformPrincipalStageBenchmark {

    private static final String TRUST = "\"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{\\\"Effect\\\":"
            + "\\\"Allow\\\",\\\"Principal\\\":{\\\"Service\\\":\\\"lambda.amazonaws.com\\\"},\\\"Action\\\":"
            + "\\\"sts:AssumeRole\\\"}]}\"";

    private TerraformPrincipalStageBenchmark() {}

    public static void main(String[] args) {
        int roles = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int iterations = Integer.getInteger("iterations", 7);
        String plan = plan(roles);
        IamReference reference = IamReference.bundled();
        ManagedPolicies managed = ManagedPolicies.bundled();
        long e0 = System.nanoTime();
        Extraction e = new TerraformPlanExtractor()
                .extractAll(
                        new SourceFile(new LoadedFile(Path.of("plan.json"), "plan.json", plan), false),
                        ExtractOptions.DETECT)
                .orElseThrow();
        long extractNanos = System.nanoTime() - e0;
        long[] nanos = new long[iterations];
        PrincipalModel model = null;
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            model = new PrincipalModelBuilder(reference, managed).build(e.stacks(), e.plans(), e.units());
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        double medianMs = nanos[iterations / 2] / 1e6;
        long admins = model.principals().stream()
                .filter(p -> p.administratorEquivalent())
                .count();
        long linked =
                model.principals().stream().mapToLong(p -> p.policies().size()).sum();
        System.out.printf(
                Locale.ROOT,
                "terraform principal stage: %d roles, %d policies linked, %d policy units,"
                        + " %d administrators; extraction %.0f ms (once); model median %.0f ms (min %.0f ms) over %d runs:"
                        + " %.2f ms per principal; %d cores%n",
                model.principals().size(),
                linked,
                e.units().size(),
                admins,
                extractNanos / 1e6,
                medianMs,
                nanos[0] / 1e6,
                iterations,
                medianMs / model.principals().size(),
                Runtime.getRuntime().availableProcessors());
    }

    static String plan(int roles) {
        StringBuilder planned = new StringBuilder();
        StringBuilder changes = new StringBuilder();
        StringBuilder config = new StringBuilder();
        for (int i = 0; i < roles; i++) {
            String sep = i == 0 ? "" : ",";
            String managed = i % 10 == 0 ? "AdministratorAccess" : "ReadOnlyAccess";
            planned.append(sep)
                    .append(resource(
                            "aws_iam_role",
                            "r" + i,
                            "{\"name\":\"role" + i + "\",\"path\":\"/\","
                                    + "\"assume_role_policy\":" + TRUST
                                    + ",\"inline_policy\":[{\"name\":\"data\",\"policy\":"
                                    + policy("s3:GetObject\\\",\\\"s3:PutObject", "arn:aws:s3:::bucket" + i + "/*")
                                    + "}]}"))
                    .append(',')
                    .append(resource(
                            "aws_iam_role_policy",
                            "logs" + i,
                            "{\"name\":\"logs\",\"role\":" + "\"role" + i + "\",\"policy\":"
                                    + policy("logs:PutLogEvents", "*") + "}"))
                    .append(',')
                    .append(resource(
                            "aws_iam_policy",
                            "p" + i,
                            "{\"name\":\"queue" + i + "\"," + "\"policy\":"
                                    + policy("sqs:SendMessage", "arn:aws:sqs:*:*:queue" + i) + "}"))
                    .append(',')
                    .append(resource("aws_iam_role_policy_attachment", "p" + i, "{\"role\":\"role" + i + "\"}"))
                    .append(',')
                    .append(resource(
                            "aws_iam_role_policy_attachment",
                            "m" + i,
                            "{\"role\":\"role" + i + "\",\"policy_arn\":\"arn:aws:iam::aws:policy/" + managed + "\"}"))
                    .append(',')
                    .append(
                            resource(
                                    "aws_iam_role_policy_attachment",
                                    "l" + i,
                                    "{\"role\":\"role" + i
                                            + "\",\"policy_arn\":\"arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole\"}"));
            changes.append(sep)
                    .append("{\"address\":\"aws_iam_policy.p")
                    .append(i)
                    .append("\",\"change\":{\"after_unknown\":{\"arn\":true}}},{\"address\":")
                    .append("\"aws_iam_role_policy_attachment.p")
                    .append(i)
                    .append("\",\"change\":{\"after_unknown\":{\"policy_arn\":true}}}");
            config.append(sep)
                    .append("{\"address\":\"aws_iam_role_policy_attachment.p")
                    .append(i)
                    .append("\",\"mode\":\"managed\",\"type\":\"aws_iam_role_policy_attachment\",\"name\":\"p")
                    .append(i)
                    .append("\",\"expressions\":{\"role\":{\"constant_value\":\"role")
                    .append(i)
                    .append("\"},\"policy_arn\":{\"references\":[\"aws_iam_policy.p")
                    .append(i)
                    .append(".arn\",\"aws_iam_policy.p")
                    .append(i)
                    .append("\"]}}}");
        }
        return "{\"format_version\":\"1.2\",\"planned_values\":{\"root_module\":{\"resources\":[" + planned
                + "]}},\"resource_changes\":[" + changes + "],\"configuration\":{\"root_module\":{\"resources\":["
                + config + "]}}}";
    }

    private static String resource(String type, String name, String values) {
        return "{\"address\":\"" + type + "." + name + "\",\"mode\":\"managed\",\"type\":\"" + type + "\",\"name\":\""
                + name + "\",\"values\":" + values + "}";
    }

    private static String policy(String actions, String resource) {
        return "\"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\",\\\"Action\\\":"
                + "[\\\"" + actions + "\\\"],\\\"Resource\\\":\\\"" + resource + "\\\"}]}\"";
    }
}
