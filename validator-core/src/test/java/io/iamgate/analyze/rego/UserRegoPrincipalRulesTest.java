package io.iamgate.analyze.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.Iamgate;
import io.iamgate.config.RunConfig;
import io.iamgate.model.FindingType;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.ReportedFinding;
import io.iamgate.report.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user pack with a rule over principals, evaluated by the real opa binary (on PATH, as scripts/test sets it):
 * the role is judged on what its policies add up to, and the finding is reported at the role's definition.
 */
class UserRegoPrincipalRulesTest {

    /** No role may hold all of S3 and kms:Decrypt, wherever the two come from; conftest rules stay per policy. */
    private static final String PACK = """
            package team.principals

            deny contains msg if {
            	input.kind == "ROLE"
            	data.iamgate.kind == "principal"
            	some g in input.allows.s3
            	"s3:*" in g.actions
            	g.resources == ["*"]
            	some k in input.allows.kms
            	"kms:Decrypt" in k.actions
            	msg := sprintf("role %s may read every bucket and decrypt with KMS (policies %s and %s)",
            		[input.name, g.policy, k.policy])
            }

            warn contains sprintf("%s has %d policies", [input.name, count(input.policies)]) if {
            	count(input.policies) > 1
            }
            """;

    /** A conftest rule in another package: it must not fire on principals, which have no Version. */
    private static final String CONFTEST = """
            package main

            warn contains "policy has no Version" if not input.Version
            """;

    private static final String STACK = """
            AWSTemplateFormatVersion: '2010-09-09'
            Resources:
              DataRole:
                Type: AWS::IAM::Role
                Properties:
                  AssumeRolePolicyDocument:
                    Version: '2012-10-17'
                    Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}]
                  Policies:
                    - PolicyName: Buckets
                      PolicyDocument:
                        Version: '2012-10-17'
                        Statement: [{Effect: Allow, Action: 's3:*', Resource: '*'}]
              Keys:
                Type: AWS::IAM::Policy
                Properties:
                  PolicyName: Keys
                  Roles: [!Ref DataRole]
                  PolicyDocument:
                    Version: '2012-10-17'
                    Statement: [{Effect: Allow, Action: 'kms:Decrypt', Resource: '*'}]
            """;

    @TempDir
    Path repo;

    @TempDir
    Path pack;

    @BeforeEach
    void writePack() throws Exception {
        Files.writeString(pack.resolve("principals.rego"), PACK);
        Files.writeString(pack.resolve("main.rego"), CONFTEST);
    }

    private RunReport run(String template) throws Exception {
        return run(template, new RegoSettings(false, List.of(pack), Optional.empty()));
    }

    private RunReport run(String template, RegoSettings rego) throws Exception {
        Files.writeString(repo.resolve("stack.yaml"), template);
        assertTrue(
                OpaExecutable.locate(Optional.empty(), System.getenv()).isPresent(),
                "these tests need the opa binary on PATH: put .tools/bin on PATH, as scripts/test does");
        return Iamgate.validate(
                RunConfig.builder(repo).paths(List.of(repo)).rego(rego).build());
    }

    private static List<ReportedFinding> at(RunReport report, String origin) {
        return report.policies().stream()
                .filter(p -> p.unit().origin().equals(origin))
                .flatMap(p -> p.findings().stream())
                .toList();
    }

    @Test
    void roleWhoseSeparatePoliciesAddUpToS3AndKmsDecryptIsDeniedAtItsDefinition() throws Exception {
        RunReport report = run(STACK);
        assertTrue(report.errors().isEmpty(), report.errors().toString());
        List<ReportedFinding> role = at(report, "Resources.DataRole");
        ReportedFinding deny = role.stream()
                .filter(f -> f.finding().issueCode().equals("REGO_TEAM_PRINCIPALS_DENY"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "role DataRole may read every bucket and decrypt with KMS (policies Buckets and Keys)",
                deny.finding().findingDetails());
        assertEquals(FindingType.ERROR, deny.finding().findingType());
        assertEquals(3, deny.line(), "at the role's definition");
        assertTrue(deny.blocking());
        assertTrue(role.stream()
                .anyMatch(f -> f.finding().issueCode().equals("REGO_TEAM_PRINCIPALS_WARN")
                        && f.finding().findingDetails().equals("DataRole has 2 policies")));
        assertEquals(
                1,
                report.policies().stream()
                        .filter(p -> p.unit().origin().equals("Resources.DataRole"))
                        .count(),
                "one report entry for the role");
    }

    @Test
    void anOpaServerHoldingThePackAnswersTheSame() throws Exception {
        UserRegoPackTest.withServer(pack, url -> {
            RunReport report = run(STACK, new RegoSettings(false, List.of(), Optional.of(url)));
            assertTrue(report.errors().isEmpty(), report.errors().toString());
            assertTrue(
                    at(report, "Resources.DataRole").stream()
                            .anyMatch(
                                    f -> f.finding()
                                            .findingDetails()
                                            .equals(
                                                    "role DataRole may read every bucket and decrypt with KMS (policies Buckets and Keys)")));
        });
    }

    @Test
    void conftestPackagesSeePoliciesOnlyAndPrincipalPackagesPrincipalsOnly() throws Exception {
        // The Keys policy without its Version: the conftest rule fires there, and nowhere else.
        RunReport report = run(STACK.replaceAll(
                "Version: '2012-10-17'\\n\\s+(Statement: \\[\\{Effect: Allow, " + "Action: 'kms)", "$1"));
        List<String> noVersion = report.policies().stream()
                .filter(p -> p.findings().stream()
                        .anyMatch(f -> f.finding().issueCode().equals("REGO_MAIN_WARN")))
                .map(p -> p.unit().origin())
                .toList();
        assertEquals(List.of("Resources.Keys.Properties.PolicyDocument"), noVersion);
        for (PolicyResult p : report.policies()) {
            assertFalse(
                    p.findings().stream().anyMatch(f -> f.finding().issueCode().startsWith("REGO_TEAM_PRINCIPALS"))
                            && !p.unit().origin().equals("Resources.DataRole"),
                    p.unit().origin());
        }
    }

    @Test
    void twinThatReadsOneBucketPasses() throws Exception {
        RunReport report = run(STACK.replace(
                "Action: 's3:*', Resource: '*'", "Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*'"));
        assertTrue(report.errors().isEmpty(), report.errors().toString());
        assertTrue(
                at(report, "Resources.DataRole").stream()
                        .noneMatch(f -> f.finding().issueCode().equals("REGO_TEAM_PRINCIPALS_DENY")),
                at(report, "Resources.DataRole").toString());
    }
}
