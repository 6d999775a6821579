package io.iamgate.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.iamgate.Iamgate;
import io.iamgate.config.RunConfig;
import io.iamgate.config.Suppression;
import io.iamgate.report.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suppressions of the configuration that select the resource holding the policy by a glob: a CloudFormation
 * logical ID, a CDK construct path, a Terraform resource address; and the report of those that accepted nothing.
 */
class ResourceGlobSuppressionTest {

    @TempDir
    Path repo;

    private RunReport run(Suppression... suppressions) throws Exception {
        return Iamgate.validate(RunConfig.builder(repo)
                .paths(List.of(repo))
                .suppressions(List.of(suppressions))
                .build());
    }

    private static Suppression byResource(String code, String file, String resource) {
        return new Suppression(
                code,
                file,
                Optional.empty(),
                Optional.empty(),
                "accepted",
                Optional.empty(),
                Optional.of(resource),
                ".iamgate.yml:3");
    }

    /** "resource: blocking|suppression" of each PASS_ROLE_WITH_STAR_IN_RESOURCE finding. */
    private static List<String> passRole(RunReport report) {
        return report.policies().stream()
                .flatMap(p -> p.findings().stream()
                        .filter(rf -> rf.finding().issueCode().equals(CodeSuppressionTest.PASS_ROLE))
                        .map(rf -> p.unit().resource().name().orElse("-") + ": " + (rf.blocking() ? "blocking" : "")
                                + rf.suppression()
                                        .map(SuppressionState::describe)
                                        .orElse("")))
                .collect(Collectors.toList());
    }

    @Test
    void aLogicalIdGlobSelectsThatResourceInTheFilesOfTheFileGlob() throws Exception {
        Files.createDirectories(repo.resolve("infra"));
        Files.writeString(repo.resolve("infra/stack.yaml"), CodeSuppressionTest.TEMPLATE.formatted(""));
        Files.writeString(repo.resolve("other.yaml"), CodeSuppressionTest.TEMPLATE.formatted(""));

        assertEquals(
                List.of(
                        "DeployRole: suppressed: accepted",
                        "BuildRole: blocking",
                        "DeployRole: blocking",
                        "BuildRole: blocking"),
                passRole(run(byResource(CodeSuppressionTest.PASS_ROLE, "infra/**", "Deploy*"))));
        assertEquals(
                List.of(
                        "DeployRole: suppressed: accepted",
                        "BuildRole: blocking",
                        "DeployRole: suppressed: accepted",
                        "BuildRole: blocking"),
                passRole(run(byResource(CodeSuppressionTest.PASS_ROLE, "**", "DeployRole"))),
                "every file");
    }

    @Test
    void aConstructPathGlobSelectsTheResourcesOfACdkConstruct() throws Exception {
        Files.writeString(repo.resolve("Pipeline.template.json"), CodeSuppressionTest.TEMPLATE.formatted("""
                    Metadata:
                      aws:cdk:path: PipelineStack/Deploy/Role/Resource
                """));
        assertEquals(
                List.of("DeployRole: suppressed: accepted", "BuildRole: blocking"),
                passRole(run(byResource(CodeSuppressionTest.PASS_ROLE, "**", "PipelineStack/Deploy"))),
                "a construct and everything below it, as a folder glob covers its files");
    }

    @Test
    void aTerraformAddressGlobSelectsEveryInstanceOfTheResource() throws Exception {
        String passAnyRole = "{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\","
                + "\\\"Action\\\":\\\"iam:PassRole\\\",\\\"Resource\\\":\\\"*\\\"}]}";
        Files.writeString(repo.resolve("plan.json"), """
                {"format_version": "1.2", "planned_values": {"root_module": {"resources": [
                  {"address": "aws_iam_policy.deploy[\\"eu\\"]", "mode": "managed", "type": "aws_iam_policy",
                   "name": "deploy", "index": "eu", "values": {"policy": "%1$s"}},
                  {"address": "aws_iam_policy.build", "mode": "managed", "type": "aws_iam_policy", "name": "build",
                   "values": {"policy": "%1$s"}}]}}}
                """.formatted(passAnyRole));
        assertEquals(
                List.of("aws_iam_policy.deploy[\"eu\"]: suppressed: accepted", "aws_iam_policy.build: blocking"),
                passRole(run(byResource(CodeSuppressionTest.PASS_ROLE, "plan.json", "aws_iam_policy.deploy*"))));
    }

    @Test
    void aConfiguredSuppressionThatAcceptsNothingIsReportedWhenTheRunCheckedItsFiles() throws Exception {
        Files.writeString(repo.resolve("stack.yaml"), CodeSuppressionTest.TEMPLATE.formatted(""));
        Suppression noSuchFinding = byResource("MISSING_VERSION", "stack.yaml", "DeployRole");
        Suppression noSuchResource = new Suppression(
                CodeSuppressionTest.PASS_ROLE,
                "*.yaml",
                Optional.empty(),
                Optional.empty(),
                "typo",
                Optional.empty(),
                Optional.of("DeplyRole"),
                ".iamgate.yml:9");
        Suppression otherFile = byResource("MISSING_VERSION", "legacy/**", "DeployRole");

        RunReport r = run(noSuchFinding, noSuchResource, otherFile);
        assertEquals(
                List.of(
                        new UnusedSuppression(".iamgate.yml:3", "MISSING_VERSION", "DeployRole", "accepted"),
                        new UnusedSuppression(".iamgate.yml:9", CodeSuppressionTest.PASS_ROLE, "DeplyRole", "typo")),
                r.unusedSuppressions(),
                "a file outside the run says nothing (a pre-commit run sees only the changed " + "files)");
        assertEquals(
                List.of(),
                run(byResource(CodeSuppressionTest.PASS_ROLE, "stack.yaml", "DeployRole"))
                        .unusedSuppressions());
    }
}
