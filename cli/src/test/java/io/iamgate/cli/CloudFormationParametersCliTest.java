package io.iamgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --parameters and --template-configuration through the real command line. */
class CloudFormationParametersCliTest {

    /** With Stage=prod the Effect is Allow; with the default dev it is the invalid Alow. */
    private static final String TEMPLATE = """
            Parameters:
              Stage: {Type: String, Default: dev}
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
                        Action: s3:GetObject
                        Resource: arn:aws:s3:::reports/*
            """;

    @TempDir
    Path repo;

    @Test
    void parametersGivenByFlagOrFileReplaceTheDefault() throws Exception {
        Path template = Files.writeString(repo.resolve("stack.yaml"), TEMPLATE);
        Path configuration = Files.writeString(repo.resolve("prod.json"), "{\"Parameters\": {\"Stage\": \"prod\"}}");

        assertEquals(
                1,
                Cli.run("validate", "--no-builtin-rules", template.toString()).exitCode());
        assertEquals(
                0,
                Cli.run("validate", "--no-builtin-rules", "--parameters", "Stage=prod", template.toString())
                        .exitCode());
        assertEquals(
                0,
                Cli.run(
                                "validate",
                                "--no-builtin-rules",
                                "--template-configuration",
                                configuration.toString(),
                                template.toString())
                        .exitCode());
        assertEquals(
                1,
                Cli.run(
                                "validate",
                                "--no-builtin-rules",
                                "--template-configuration",
                                configuration.toString(),
                                "--parameters",
                                "Stage=dev",
                                template.toString())
                        .exitCode(),
                "the flag wins over the file");
    }

    @Test
    void aBrokenTemplateConfigurationOrParameterIsExitCode2NamingIt() throws Exception {
        Path template = Files.writeString(repo.resolve("stack.yaml"), TEMPLATE);
        Path configuration = Files.writeString(repo.resolve("prod.json"), "{\"Stage\": \"prod\"}");

        Cli.Result file =
                Cli.run("validate", "--template-configuration", configuration.toString(), template.toString());
        assertEquals(2, file.exitCode());
        assertTrue(file.err().contains("prod.json:1: not a form of parameter values"), file.err());

        Cli.Result flag = Cli.run("validate", "--parameters", "Stage", template.toString());
        assertEquals(2, flag.exitCode());
        assertTrue(flag.err().contains("--parameters: expected Key=Value, got 'Stage'"), flag.err());
    }
}
