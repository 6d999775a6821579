package io.iamgate.benchmark;

import io.iamgate.extract.ExtractOptions;
import io.iamgate.extract.Extraction;
import io.iamgate.extract.SourceFile;
import io.iamgate.extract.cloudformation.CloudFormationExtractor;
import io.iamgate.load.LoadedFile;
import io.iamgate.principal.PrincipalModel;
import io.iamgate.principal.PrincipalModelBuilder;
import io.iamgate.reference.IamReference;
import io.iamgate.reference.ManagedPolicies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The principal stage on a generated template of N roles (default 1,000) with 5 policies each: two inline,
 * one customer managed of the template and two AWS managed (AdministratorAccess on every tenth role,
 * otherwise ReadOnlyAccess, and AWSLambdaBasicExecutionRole). Extraction runs once, outside the timing;
 * each iteration builds the whole model (linking, effective permissions, escalation paths) with a new
 * builder, as a run does. Prints the median time and the cost per principal. A plain main:
 * {@code mvn -B -q -o -pl validator-core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.iamgate.benchmark.PrincipalStageBenchmark}
 */
public final class PrincipalStageBenchmark {

    private PrincipalStageBenchmark() {}

    public static void main(String[] args) throws Exception {
        int roles = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int iterations = Integer.getInteger("iterations", 7);
        String template = template(roles);
        Path file = Files.createTempFile("principals", ".yaml");
        Files.writeString(file, template);
        IamReference reference = IamReference.bundled();
        ManagedPolicies managed = ManagedPolicies.bundled();
        long e0 = System.nanoTime();
        Extraction e = new CloudFormationExtractor()
                .extractAll(new SourceFile(new LoadedFile(file, "bench.yaml", template), false), ExtractOptions.DETECT)
                .orElseThrow();
        long extractNanos = System.nanoTime() - e0;
        long[] nanos = new long[iterations];
        PrincipalModel model = null;
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            model = new PrincipalModelBuilder(reference, managed).build(e.stacks(), e.units());
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        double medianMs = nanos[iterations / 2] / 1e6;
        long admins = model.principals().stream()
                .filter(p -> p.administratorEquivalent())
                .count();
        System.out.printf(
                Locale.ROOT,
                "principal stage: %d roles, %d policy units, %d administrators;"
                        + " extraction %.0f ms (once); model median %.0f ms (min %.0f ms) over %d runs: %.2f ms per principal;"
                        + " %d cores%n",
                model.principals().size(),
                e.units().size(),
                admins,
                extractNanos / 1e6,
                medianMs,
                nanos[0] / 1e6,
                iterations,
                medianMs / model.principals().size(),
                Runtime.getRuntime().availableProcessors());
        Files.deleteIfExists(file);
    }

    static String template(int roles) {
        StringBuilder sb = new StringBuilder("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n");
        for (int i = 0; i < roles; i++) {
            String managed = i % 10 == 0 ? "AdministratorAccess" : "ReadOnlyAccess";
            sb.append("  Role")
                    .append(i)
                    .append(":\n")
                    .append("    Type: AWS::IAM::Role\n")
                    .append("    Properties:\n")
                    .append("      AssumeRolePolicyDocument:\n")
                    .append("        Version: '2012-10-17'\n")
                    .append("        Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com},"
                            + " Action: sts:AssumeRole}]\n")
                    .append("      ManagedPolicyArns:\n")
                    .append("        - arn:aws:iam::aws:policy/")
                    .append(managed)
                    .append('\n')
                    .append("        - arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole\n")
                    .append("        - !Ref Policy")
                    .append(i)
                    .append('\n')
                    .append("      Policies:\n")
                    .append("        - PolicyName: data\n")
                    .append("          PolicyDocument:\n")
                    .append("            Version: '2012-10-17'\n")
                    .append("            Statement: [{Effect: Allow, Action: ['s3:GetObject', 's3:PutObject'],"
                            + " Resource: 'arn:aws:s3:::bucket-")
                    .append(i)
                    .append("/*'}]\n")
                    .append("        - PolicyName: pass\n")
                    .append("          PolicyDocument:\n")
                    .append("            Version: '2012-10-17'\n")
                    .append("            Statement: [{Effect: Allow, Action: iam:PassRole, Resource: !GetAtt Role")
                    .append(i)
                    .append(".Arn}]\n")
                    .append("  Policy")
                    .append(i)
                    .append(":\n")
                    .append("    Type: AWS::IAM::ManagedPolicy\n")
                    .append("    Properties:\n")
                    .append("      PolicyDocument:\n")
                    .append("        Version: '2012-10-17'\n")
                    .append("        Statement: [{Effect: Allow, Action: ['sqs:SendMessage', 'lambda:InvokeFunction'],"
                            + " Resource: '*'}]\n");
        }
        return sb.toString();
    }
}
