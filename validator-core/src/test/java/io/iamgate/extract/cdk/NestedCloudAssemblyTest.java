package io.iamgate.extract.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.Validator;
import io.iamgate.analyze.local.LocalAnalyzer;
import io.iamgate.analyze.local.grammar.InvalidEffectCheck;
import io.iamgate.config.RunConfig;
import io.iamgate.extract.ExampleRun;
import io.iamgate.report.RunReport;
import io.iamgate.report.ToolInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A named {@code cdk.out/manifest.json} is read as its folder is: with the nested cloud assemblies of CDK Pipelines
 * stages ({@code cdk:cloud-assembly} artifacts, each with its own manifest), as {@code cdk synth} writes them.
 */
class NestedCloudAssemblyTest {

    @TempDir
    Path dir;

    private static final String TOP_MANIFEST = """
            {"version": "38.0.1", "artifacts": {
              "PipelineStack": {"type": "aws:cloudformation:stack", "environment": "aws://111122223333/eu-west-1",
                "properties": {"templateFile": "PipelineStack.template.json"}},
              "assembly-Prod": {"type": "cdk:cloud-assembly",
                "properties": {"directoryName": "assembly-Prod", "displayName": "Prod"}}}}
            """;

    private static final String STAGE_MANIFEST = """
            {"version": "38.0.1", "artifacts": {
              "ProdAppStack": {"type": "aws:cloudformation:stack", "environment": "aws://444455556666/eu-west-1",
                "properties": {"templateFile": "ProdAppStack.template.json"}}}}
            """;

    private static String template(String construct, String effect) {
        return """
                {"Resources": {"Policy": {"Type": "AWS::IAM::ManagedPolicy",
                  "Metadata": {"aws:cdk:path": "%s"},
                  "Properties": {"PolicyDocument": {"Version": "2012-10-17", "Statement": [
                    {"Effect": "%s", "Action": "s3:GetObject", "Resource": "*"}]}}}}}
                """.formatted(construct, effect);
    }

    private void writeAssembly(String stageManifest) throws Exception {
        Path out = Files.createDirectories(dir.resolve("cdk.out/assembly-Prod"));
        Files.writeString(out.getParent().resolve("manifest.json"), TOP_MANIFEST);
        Files.writeString(
                out.getParent().resolve("PipelineStack.template.json"),
                template("PipelineStack/Policy/Resource", "Allow"));
        Files.writeString(out.resolve("manifest.json"), stageManifest);
        Files.writeString(out.resolve("ProdAppStack.template.json"), template("Prod/AppStack/Policy/Resource", "Alow"));
    }

    private RunReport run(String path) throws Exception {
        Validator validator = new Validator(
                ExampleRun.extractors(),
                List.of(new LocalAnalyzer(List.of(new InvalidEffectCheck()))),
                List.of(),
                new ToolInfo("iamgate", "test", "test"));
        return validator.run(
                RunConfig.builder(dir).paths(List.of(Path.of(path))).build());
    }

    private static List<String> policies(RunReport report) {
        return report.policies().stream()
                .map(p -> p.unit().file() + " " + p.unit().origin() + " "
                        + p.findings().stream()
                                .map(f -> f.finding().issueCode())
                                .toList())
                .sorted()
                .toList();
    }

    @Test
    void aNamedManifestReadsTheStagesNestedAssembliesAsItsFolderDoes() throws Exception {
        writeAssembly(STAGE_MANIFEST);
        RunReport named = run("cdk.out/manifest.json");
        RunReport folder = run("cdk.out");

        assertEquals(
                List.of(
                        "cdk.out/PipelineStack.template.json PipelineStack/Policy/Resource: Properties.PolicyDocument []",
                        "cdk.out/assembly-Prod/ProdAppStack.template.json Prod/AppStack/Policy/Resource: "
                                + "Properties.PolicyDocument [INVALID_EFFECT]"),
                policies(named));
        assertEquals(policies(folder), policies(named));
        assertEquals(1, named.exitCode());
    }

    @Test
    void aNestedAssemblyWhoseManifestIsMissingIsAnErrorNamingIt() throws Exception {
        writeAssembly(STAGE_MANIFEST);
        Files.delete(dir.resolve("cdk.out/assembly-Prod/manifest.json"));
        RunReport report = run("cdk.out/manifest.json");

        assertEquals(2, report.exitCode());
        assertTrue(
                report.errors().get(0).message().contains("cdk.out/assembly-Prod/manifest.json"),
                report.errors().get(0).message());
    }

    @Test
    void aNestedAssemblyOutsideTheAssemblyIsRefused() throws Exception {
        writeAssembly(STAGE_MANIFEST);
        Files.writeString(
                dir.resolve("cdk.out/manifest.json"),
                TOP_MANIFEST.replace("\"directoryName\": \"assembly-Prod\"", "\"directoryName\": \"../elsewhere\""));
        RunReport report = run("cdk.out/manifest.json");

        assertEquals(2, report.exitCode());
        assertTrue(
                report.errors().get(0).message().contains("outside"),
                report.errors().get(0).message());
    }
}
