package io.iamgate.analyze.principals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.Iamgate;
import io.iamgate.config.RunConfig;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.ReportedFinding;
import io.iamgate.report.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Principal findings in a whole run: located in the template, blocking, and boundary-only policies spared. */
class PrincipalFindingsRunTest {

    @TempDir
    Path repo;

    private RunReport run(String template) throws Exception {
        Files.writeString(repo.resolve("stack.yaml"), template);
        return Iamgate.validate(RunConfig.builder(repo).paths(List.of(repo)).build());
    }

    private static List<String> codes(RunReport report, String origin) {
        return report.policies().stream()
                .filter(p -> p.unit().origin().equals(origin))
                .flatMap(p -> p.findings().stream())
                .map(f -> f.finding().issueCode())
                .toList();
    }

    @Test
    void administratorRoleIsReportedAtItsDefinitionLineAndBlocks() throws Exception {
        RunReport report = run("""
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Ops:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Version: '2012-10-17'
                        Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}]
                      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]
                """);
        PolicyResult principal = report.policies().stream()
                .filter(p -> p.unit().origin().equals("Resources.Ops"))
                .findFirst()
                .orElseThrow();
        ReportedFinding f = principal.findings().get(0);
        assertEquals("IAMGATE_PRINCIPAL_ADMINISTRATOR", f.finding().issueCode());
        assertEquals(3, f.line());
        assertTrue(f.blocking());
        assertEquals(1, report.principals().size());
    }

    @Test
    void policyUsedOnlyAsBoundaryIsNotJudgedAsAGrant() throws Exception {
        String template = """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Limit:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument:
                        Version: '2012-10-17'
                        Statement:
                          - {Effect: Allow, Action: ['iam:*', 's3:*'], Resource: '*'}
                          - {Effect: Deny, Action: ['iam:PassRole', 'iam:Put*', 'iam:Attach*', 'iam:Create*'], Resource: '*'}
                  App:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: []}
                      PermissionsBoundary: !Ref Limit
                """;
        RunReport boundary = run(template);
        assertFalse(
                codes(boundary, "Resources.Limit.Properties.PolicyDocument").contains("IAMGATE_ADMIN_WILDCARD"),
                codes(boundary, "Resources.Limit.Properties.PolicyDocument").toString());
        RunReport grant = run(template.replace("PermissionsBoundary: !Ref Limit", "ManagedPolicyArns: [!Ref Limit]"));
        assertTrue(
                codes(grant, "Resources.Limit.Properties.PolicyDocument").contains("IAMGATE_ADMIN_WILDCARD"),
                codes(grant, "Resources.Limit.Properties.PolicyDocument").toString());
    }
}
