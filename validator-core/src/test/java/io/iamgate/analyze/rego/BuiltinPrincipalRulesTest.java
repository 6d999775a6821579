package io.iamgate.analyze.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.Iamgate;
import io.iamgate.config.RunConfig;
import io.iamgate.report.ReportedFinding;
import io.iamgate.report.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in pack's rule over principals, through a whole run of a CloudFormation stack. */
class BuiltinPrincipalRulesTest {

    private static final String STACK = """
            AWSTemplateFormatVersion: '2010-09-09'
            Resources:
              DeployRole:
                Type: AWS::IAM::Role
                Properties:
                  AssumeRolePolicyDocument:
                    Version: '2012-10-17'
                    Statement:
                      - Effect: Allow
                        Principal: {Federated: arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com}
                        Action: sts:AssumeRoleWithWebIdentity
                        Condition:
                          StringEquals: {token.actions.githubusercontent.com:aud: sts.amazonaws.com}
                          StringLike: {token.actions.githubusercontent.com:sub: 'repo:acme/*'}
                  Policies:
                    - PolicyName: Secrets
                      PolicyDocument:
                        Version: '2012-10-17'
                        Statement: [{Effect: Allow, Action: 'secretsmanager:GetSecretValue', Resource: '*'}]
            """;

    @TempDir
    Path repo;

    private List<String> codesAtTheRole(String template) throws Exception {
        Files.writeString(repo.resolve("stack.yaml"), template);
        RunReport report =
                Iamgate.validate(RunConfig.builder(repo).paths(List.of(repo)).build());
        assertTrue(report.errors().isEmpty(), report.errors().toString());
        return report.policies().stream()
                .filter(p -> p.unit().origin().equals("Resources.DeployRole"))
                .flatMap(p -> p.findings().stream())
                .map(ReportedFinding::finding)
                .map(f -> f.issueCode())
                .toList();
    }

    @Test
    void aRoleAnyRepositoryOfTheOrganisationCanAssumeThatReadsEverySecret() throws Exception {
        assertTrue(codesAtTheRole(STACK).contains("IAMGATE_PRINCIPAL_SENSITIVE_AND_OPEN"));
    }

    @Test
    void theSameRolePinnedToOneRepositoryAndBranchIsNotReported() throws Exception {
        List<String> codes = codesAtTheRole(STACK.replace("'repo:acme/*'", "'repo:acme/app:ref:refs/heads/main'"));
        assertEquals(
                List.of(),
                codes.stream().filter(c -> c.startsWith("IAMGATE_PRINCIPAL_")).toList());
    }
}
