package io.iamgate.extract.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.Iamgate;
import io.iamgate.config.RunConfig;
import io.iamgate.report.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cloud assembly's manifest names templates inside the assembly's directory only; anything else is refused. */
class CdkAssemblyContainmentTest {

    private static final String TEMPLATE = """
            {
              "AWSTemplateFormatVersion": "2010-09-09",
              "Resources": {
                "Topic": {"Type": "AWS::SNS::Topic"},
                "TopicPolicy": {
                  "Type": "AWS::SNS::TopicPolicy",
                  "Properties": {
                    "Topics": [{"Ref": "Topic"}],
                    "PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                      "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "sns:Publish", "Resource": "*"}]}
                  }
                }
              }
            }
            """;

    @TempDir
    Path repo;

    @TempDir
    Path outside;

    private Path assembly;

    @BeforeEach
    void assemblyDirectory() throws Exception {
        assembly = Files.createDirectories(repo.resolve("cdk.out"));
        Files.writeString(outside.resolve("Secret.template.json"), TEMPLATE);
    }

    private void manifest(String templateFile) throws Exception {
        Files.writeString(assembly.resolve("manifest.json"), """
                {
                  "version": "36.0.0",
                  "artifacts": {
                    "AppStack": {
                      "type": "aws:cloudformation:stack",
                      "environment": "aws://unknown-account/unknown-region",
                      "properties": {"templateFile": "%s"}
                    }
                  }
                }
                """.formatted(templateFile));
    }

    private RunReport validate() throws Exception {
        return Iamgate.validate(RunConfig.defaults(repo, List.of(Path.of("cdk.out"))));
    }

    private static void assertRefused(RunReport report, String template) {
        assertEquals(2, report.exitCode(), report.errors().toString());
        String expected = "the cloud assembly names the template cdk.out/" + template + ", which is outside the cloud "
                + "assembly's directory (symbolic links resolved); iamgate does not read it";
        assertTrue(
                report.errors().stream()
                        .anyMatch(e -> e.file().equals("cdk.out/manifest.json")
                                && e.message().startsWith(expected)),
                report.errors().toString());
    }

    @Test
    void templateFileOutsideAssemblyIsRefused() throws Exception {
        String relative =
                assembly.relativize(outside.resolve("Secret.template.json")).toString();
        manifest(relative);
        assertRefused(validate(), relative);

        manifest(outside.resolve("Secret.template.json").toString());
        RunReport absolute = validate();
        assertEquals(2, absolute.exitCode());
        assertTrue(
                absolute.errors().get(0).message().contains("outside the cloud assembly's directory"),
                absolute.errors().toString());
    }

    @Test
    void templateFileLinkedOutsideAssemblyIsRefused() throws Exception {
        Files.createSymbolicLink(assembly.resolve("AppStack.template.json"), outside.resolve("Secret.template.json"));
        manifest("AppStack.template.json");
        assertRefused(validate(), "AppStack.template.json");
    }

    @Test
    void templateFileInsideAssemblyIsRead() throws Exception {
        Files.writeString(assembly.resolve("AppStack.template.json"), TEMPLATE);
        manifest("AppStack.template.json");
        RunReport report = validate();
        assertEquals(List.of(), report.errors());
        assertEquals(
                List.of("cdk.out/AppStack.template.json"),
                report.policies().stream().map(p -> p.unit().file()).toList());
    }

    @Test
    void nestedStackAssetOutsideAssemblyIsRefused() throws Exception {
        String nested =
                assembly.relativize(outside.resolve("Secret.template.json")).toString();
        Files.writeString(assembly.resolve("AppStack.template.json"), """
                {
                  "AWSTemplateFormatVersion": "2010-09-09",
                  "Resources": {
                    "Nested": {
                      "Type": "AWS::CloudFormation::Stack",
                      "Properties": {"TemplateURL": "https://example.com/nested.json"},
                      "Metadata": {"aws:asset:path": "%s"}
                    }
                  }
                }
                """.formatted(nested));
        manifest("AppStack.template.json");
        assertRefused(validate(), nested);
    }
}
