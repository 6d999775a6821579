package io.iamgate.extract.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.config.ConfigException;
import io.iamgate.config.ConfigFile;
import io.iamgate.config.ParameterSet;
import io.iamgate.config.RunConfig;
import io.iamgate.extract.ExampleRun;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parameter values given from outside a template fill Ref and Fn::Sub as a default does, and win over it; per
 * glob from .iamgate.yml, or for every template.
 */
class ParameterValuesTest {

    /** The bucket and the actions come from parameters; IsProd from Stage. */
    private static final String TEMPLATE = """
            Parameters:
              Bucket:
                Type: String
              Actions:
                Type: CommaDelimitedList
                Default: s3:GetObject
              Stage:
                Type: String
                Default: dev
              FromSsm:
                Type: AWS::SSM::Parameter::Value<String>
                Default: /config/bucket
            Conditions:
              IsProd: !Equals [!Ref Stage, prod]
            Resources:
              Reader:
                Type: AWS::IAM::ManagedPolicy
                Properties:
                  PolicyDocument:
                    Version: "2012-10-17"
                    Statement:
                      - Effect: !If [IsProd, Allow, Alow]
                        Action: !Ref Actions
                        Resource:
                          - !Sub arn:aws:s3:::${Bucket}/*
                          - !Sub arn:aws:s3:::${FromSsm}/*
            """;

    @TempDir
    Path dir;

    private RunReport run(RunConfig.Builder config) throws Exception {
        Files.createDirectories(dir.resolve("stacks/prod"));
        Files.writeString(dir.resolve("stacks/prod/app.yaml"), TEMPLATE);
        Files.writeString(dir.resolve("stacks/dev.yaml"), TEMPLATE);
        return ExampleRun.withCatalogue(config.paths(List.of(dir)).build());
    }

    /** "file: CODE path" of every finding. */
    private static List<String> findings(RunReport report) {
        return report.policies().stream()
                .flatMap((PolicyResult p) -> p.findings().stream()
                        .map(f -> p.unit().file() + ": " + f.finding().issueCode() + " "
                                + f.finding().primaryPath()))
                .toList();
    }

    @Test
    void withoutValuesTheDefaultsAndPlaceholdersAreUsed() throws Exception {
        assertEquals(
                List.of(
                        "stacks/dev.yaml: INVALID_EFFECT Statement[0].Effect",
                        "stacks/dev.yaml: IAMGATE_NOT_CHECKED Statement[0].Resource[0]",
                        "stacks/dev.yaml: IAMGATE_NOT_CHECKED Statement[0].Resource[1]",
                        "stacks/prod/app.yaml: INVALID_EFFECT Statement[0].Effect",
                        "stacks/prod/app.yaml: IAMGATE_NOT_CHECKED Statement[0].Resource[0]",
                        "stacks/prod/app.yaml: IAMGATE_NOT_CHECKED Statement[0].Resource[1]"),
                findings(run(RunConfig.builder(dir))));
    }

    @Test
    void valuesForEveryTemplateFillRefSubAndConditionsAndSplitAListButNotAnSsmName() throws Exception {
        RunReport report = run(RunConfig.builder(dir)
                .parameters(List.of(ParameterSet.everyTemplate(Map.of(
                        "Bucket",
                        "reports",
                        "Stage",
                        "prod",
                        "Actions",
                        "s3:GetObject,s3:GetObjectTagging",
                        "FromSsm",
                        "/config/other")))));

        assertEquals(
                List.of(
                        "stacks/dev.yaml: IAMGATE_NOT_CHECKED Statement[0].Resource[1]",
                        "stacks/prod/app.yaml: IAMGATE_NOT_CHECKED Statement[0].Resource[1]"),
                findings(report));
        String text = report.policies().get(0).unit().document().text();
        assertTrue(text.contains("\"Action\": [\"s3:GetObject\", \"s3:GetObjectTagging\"]"), text);
        assertTrue(text.contains("arn:aws:s3:::reports/*"), text);
        assertTrue(report.policies().get(0).unit().notes().stream().anyMatch(n -> n.contains("FromSsm")));
    }

    @Test
    void configurationGlobsGiveValuesToTheTemplatesTheyMatchALaterSetWinning() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/prod.json"), """
                {"Parameters": {"Stage": "prod", "Bucket": "from-file"}}
                """);
        RunConfig config = ConfigFile.parse("""
                cloudformation:
                  parameters:
                    - files: "stacks/prod/*.yaml"
                      templateConfiguration: config/prod.json
                      values: {Bucket: reports}
                """, ".iamgate.yml", dir, RunConfig.builder(dir));
        assertEquals(
                List.of(new ParameterSet(
                        Optional.of("stacks/prod/*.yaml"), Map.of("Stage", "prod", "Bucket", "reports"))),
                config.parameters());

        assertEquals(
                List.of(
                        "stacks/dev.yaml: INVALID_EFFECT Statement[0].Effect",
                        "stacks/dev.yaml: IAMGATE_NOT_CHECKED Statement[0].Resource[0]",
                        "stacks/dev.yaml: IAMGATE_NOT_CHECKED Statement[0].Resource[1]",
                        "stacks/prod/app.yaml: IAMGATE_NOT_CHECKED Statement[0].Resource[1]"),
                findings(run(config.toBuilder())));
    }

    @Test
    void aTemplateConfigurationOutsideTheRepositoryOrBrokenIsAConfigurationErrorNamingIt() throws Exception {
        ConfigException outside = assertThrows(
                ConfigException.class, () -> ConfigFile.parse("""
                cloudformation:
                  parameters:
                    - files: "**"
                      templateConfiguration: ../elsewhere.json
                """, ".iamgate.yml", dir, RunConfig.builder(dir)));
        assertTrue(
                outside.getMessage()
                        .startsWith(".iamgate.yml:4: cloudformation.parameters[0].templateConfiguration:"
                                + " '../elsewhere.json' is outside the repository root"),
                outside.getMessage());

        Files.writeString(dir.resolve("broken.json"), "{\"Parameters\": [1]}");
        ConfigException broken = assertThrows(
                ConfigException.class, () -> ConfigFile.parse("""
                cloudformation:
                  parameters:
                    - files: "**"
                      templateConfiguration: broken.json
                """, ".iamgate.yml", dir, RunConfig.builder(dir)));
        assertTrue(
                broken.getMessage().contains("templateConfiguration broken.json:1: Parameters is not an object"),
                broken.getMessage());

        ConfigException empty = assertThrows(
                ConfigException.class, () -> ConfigFile.parse("""
                cloudformation:
                  parameters:
                    - files: "**"
                """, ".iamgate.yml", dir, RunConfig.builder(dir)));
        assertTrue(empty.getMessage().contains("gives no values"), empty.getMessage());
    }
}
