package io.iamgate.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.Iamgate;
import io.iamgate.config.RunConfig;
import io.iamgate.report.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suppressions written where the policy is: a CloudFormation resource's {@code Metadata: {iamgate: {suppressions:
 * [...]}}}, in a plain or a CDK-synthesized template, through the real pipeline.
 */
class CodeSuppressionTest {

    /** Two roles whose inline policy passes any role (PASS_ROLE_WITH_STAR_IN_RESOURCE); %s is DeployRole's Metadata. */
    static final String TEMPLATE = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              DeployRole:
                Type: AWS::IAM::Role
            %s
                Properties:
                  AssumeRolePolicyDocument:
                    Version: "2012-10-17"
                    Statement:
                      - Effect: Allow
                        Principal: {Service: codebuild.amazonaws.com}
                        Action: sts:AssumeRole
                  Policies:
                    - PolicyName: deploy
                      PolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Allow
                            Action: iam:PassRole
                            Resource: "*"
              BuildRole:
                Type: AWS::IAM::Role
                Properties:
                  AssumeRolePolicyDocument:
                    Version: "2012-10-17"
                    Statement:
                      - Effect: Allow
                        Principal: {Service: codebuild.amazonaws.com}
                        Action: sts:AssumeRole
                  Policies:
                    - PolicyName: build
                      PolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Allow
                            Action: iam:PassRole
                            Resource: "*"
            """;

    static final String PASS_ROLE = "PASS_ROLE_WITH_STAR_IN_RESOURCE";

    @TempDir
    Path repo;

    RunReport run(String metadata) throws Exception {
        Files.writeString(repo.resolve("stack.yaml"), TEMPLATE.formatted(metadata));
        return Iamgate.validate(RunConfig.builder(repo).paths(List.of(repo)).build());
    }

    /** "origin: blocking|suppression" of each PASS_ROLE_WITH_STAR_IN_RESOURCE finding. */
    static List<String> passRole(RunReport report) {
        return report.policies().stream()
                .flatMap(p -> p.findings().stream()
                        .filter(rf -> rf.finding().issueCode().equals(PASS_ROLE))
                        .map(rf -> p.origin().replace(".Properties.Policies[0].PolicyDocument", "") + ": "
                                + (rf.blocking() ? "blocking" : "")
                                + rf.suppression()
                                        .map(SuppressionState::describe)
                                        .orElse("")))
                .collect(Collectors.toList());
    }

    @Test
    void aSuppressionInAResourcesMetadataAcceptsThatResourcesFindingOnly() throws Exception {
        RunReport r = run("""
                    Metadata:
                      iamgate:
                        suppressions:
                          - issueCode: PASS_ROLE_WITH_STAR_IN_RESOURCE
                            reason: passes the roles the pipeline creates at run time
                            expires: "2099-12-31"
                """);
        assertEquals(
                List.of(
                        "Resources.DeployRole: suppressed: passes the roles the pipeline creates at run time (until 2099-12-31)",
                        "Resources.BuildRole: blocking"),
                passRole(r));
        assertEquals(List.of(), r.unusedSuppressions());
    }

    @Test
    void anUnquotedYamlDateIsReadAsTheDate() throws Exception {
        RunReport r = run("""
                    Metadata:
                      iamgate:
                        suppressions:
                          - {issueCode: PASS_ROLE_WITH_STAR_IN_RESOURCE, reason: accepted, expires: 2099-12-31}
                """);
        assertEquals(
                "Resources.DeployRole: suppressed: accepted (until 2099-12-31)",
                passRole(r).get(0));
    }

    @Test
    void anExpiredSuppressionInMetadataBlocksAgainAndSaysSince() throws Exception {
        RunReport r = run("""
                    Metadata:
                      iamgate:
                        suppressions:
                          - {issueCode: PASS_ROLE_WITH_STAR_IN_RESOURCE, reason: until the migration, expires: "2020-01-31"}
                """);
        assertEquals(
                "Resources.DeployRole: blockingsuppression expired on 2020-01-31: until the migration",
                passRole(r).get(0));
    }

    @Test
    void aSuppressionInMetadataThatAcceptsNothingIsReportedWithItsLine() throws Exception {
        RunReport r = run("""
                    Metadata:
                      iamgate:
                        suppressions:
                          - {issueCode: PASS_ROLE_WITH_STAR_IN_RESOURCE, reason: accepted}
                          - {issueCode: MISSING_VERSION, reason: an old template}
                """);
        assertEquals(
                List.of(new UnusedSuppression("stack.yaml:9", "MISSING_VERSION", "DeployRole", "an old template")),
                r.unusedSuppressions());
    }

    @Test
    void aSuppressionOnAResourceWithoutAPolicyIsReportedAsAcceptingNothing() throws Exception {
        Files.writeString(repo.resolve("bucket.yaml"), """
                Resources:
                  Reports:
                    Type: AWS::S3::Bucket
                    Metadata:
                      iamgate:
                        suppressions:
                          - {issueCode: PASS_ROLE_WITH_STAR_IN_RESOURCE, reason: meant for the role}
                """);
        RunReport r = run("");
        assertEquals(
                List.of(new UnusedSuppression("bucket.yaml:7", PASS_ROLE, "Reports", "meant for the role")),
                r.unusedSuppressions(),
                "the bucket holds no policy: the suppression accepts nothing, and says so");
    }

    @Test
    void aSuppressionWithoutAReasonStopsTheFileWithItsLine() throws Exception {
        RunReport r = run("""
                    Metadata:
                      iamgate:
                        suppressions:
                          - issueCode: PASS_ROLE_WITH_STAR_IN_RESOURCE
                """);
        assertEquals(2, r.exitCode());
        assertEquals(1, r.errors().size());
        assertEquals("stack.yaml", r.errors().get(0).file());
        assertEquals(
                "CloudFormation template, line 8: Resources.DeployRole.Metadata.iamgate.suppressions[0]: a "
                        + "suppression needs a reason: say why this finding is accepted",
                r.errors().get(0).message());
    }

    @Test
    void aSuppressionWithAnIntrinsicOrAnUnknownKeyIsRefusedNotGuessed() throws Exception {
        RunReport intrinsic = run("""
                    Metadata:
                      iamgate:
                        suppressions:
                          - {issueCode: !Ref Code, reason: x}
                """);
        assertTrue(
                intrinsic
                        .errors()
                        .get(0)
                        .message()
                        .endsWith("suppressions[0].issueCode: expected literal text, " + "not object"),
                intrinsic.errors().get(0).message());
        RunReport typo = run("""
                    Metadata:
                      iamgate:
                        suppressions:
                          - {issueCode: PASS_ROLE_WITH_STAR_IN_RESOURCE, reason: x, expiry: "2099-01-01"}
                """);
        assertTrue(
                typo.errors()
                        .get(0)
                        .message()
                        .endsWith("unknown key 'expiry' (known keys: issueCode, reason, " + "expires)"),
                typo.errors().get(0).message());
    }

    @Test
    void aSuppressionOnARoleCoversTheFindingsAboutTheRoleAsAWhole() throws Exception {
        Files.writeString(repo.resolve("admin.yaml"), """
                AWSTemplateFormatVersion: "2010-09-09"
                Resources:
                  BreakGlassRole:
                    Type: AWS::IAM::Role
                    Metadata:
                      iamgate:
                        suppressions:
                          - {issueCode: IAMGATE_PRINCIPAL_ADMINISTRATOR, reason: "break-glass role, MFA enforced"}
                    Properties:
                      AssumeRolePolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                          - {Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}
                      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]
                  OpsRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                          - {Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}
                      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]
                """);
        RunReport r =
                Iamgate.validate(RunConfig.builder(repo).paths(List.of(repo)).build());
        List<String> administrators = r.policies().stream()
                .flatMap(p -> p.findings().stream()
                        .filter(rf -> rf.finding().issueCode().equals("IAMGATE_PRINCIPAL_ADMINISTRATOR"))
                        .map(rf -> p.origin() + ": "
                                + (rf.blocking()
                                        ? "blocking"
                                        : rf.suppression().orElseThrow().describe())))
                .toList();
        assertEquals(
                List.of(
                        "Resources.BreakGlassRole: suppressed: break-glass role, MFA enforced",
                        "Resources.OpsRole: blocking"),
                administrators);
        assertEquals(List.of(), r.unusedSuppressions());
    }

    @Test
    void aSynthesizedCdkTemplateCarriesItsSuppressionsInTheSameMetadata() throws Exception {
        RunReport r = run("""
                    Metadata:
                      aws:cdk:path: PipelineStack/DeployRole/Resource
                      iamgate:
                        suppressions:
                          - {issueCode: PASS_ROLE_WITH_STAR_IN_RESOURCE, reason: accepted in the CDK code}
                """);
        assertEquals(
                "Resources.DeployRole: suppressed: accepted in the CDK code",
                passRole(r).get(0));
        assertEquals(
                List.of("DeployRole", "PipelineStack/DeployRole/Resource"),
                r.policies().stream()
                        .filter(p -> p.origin().contains("DeployRole"))
                        .findFirst()
                        .orElseThrow()
                        .unit()
                        .resource()
                        .names());
    }
}
