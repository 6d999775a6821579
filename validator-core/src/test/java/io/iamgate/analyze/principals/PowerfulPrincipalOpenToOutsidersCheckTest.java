package io.iamgate.analyze.principals;

import static io.iamgate.principal.PrincipalFixture.model;
import static io.iamgate.principal.PrincipalFixture.principal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PowerfulPrincipalOpenToOutsidersCheckTest {

    @TempDir
    Path dir;

    private static final String TEMPLATE = """
            Resources:
              Deploy:
                Type: AWS::IAM::Role
                Properties:
                  AssumeRolePolicyDocument:
                    Version: '2012-10-17'
                    Statement:
                      - Effect: Allow
                        Principal: {Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com'}
                        Action: sts:AssumeRoleWithWebIdentity
                        Condition:
                          StringEquals: {token.actions.githubusercontent.com:aud: sts.amazonaws.com}
                          StringLike: {token.actions.githubusercontent.com:sub: SUB}
                  ManagedPolicyArns: [MANAGED]
            """;

    private java.util.Optional<PrincipalRule.Result> check(String sub, String managed) throws Exception {
        return new PowerfulPrincipalOpenToOutsidersCheck()
                .check(principal(model(dir, TEMPLATE.replace("SUB", sub).replace("MANAGED", managed)), "Deploy"));
    }

    @Test
    void administratorAssumableByAnyRepositoryOfTheOrganisationIsAnError() throws Exception {
        var result = check("'repo:acme/*'", "arn:aws:iam::aws:policy/AdministratorAccess")
                .orElseThrow();
        assertEquals(FindingType.ERROR, PowerfulPrincipalOpenToOutsidersCheck.INFO.findingType());
        assertEquals(
                List.of(2, 5, 14),
                result.locations().stream()
                        .map(Location::span)
                        .map(s -> s.start().line())
                        .toList());
        assertTrue(result.details().contains("any GitHub repository"), result.details());
    }

    @Test
    void administratorPinnedToOneRepositoryAndBranchIsNotThisFinding() throws Exception {
        assertTrue(check("'repo:acme/infra:ref:refs/heads/main'", "arn:aws:iam::aws:policy/AdministratorAccess")
                .isEmpty());
    }

    @Test
    void readOnlyRoleOpenToTheOrganisationIsNotPowerful() throws Exception {
        assertTrue(
                check("'repo:acme/*'", "arn:aws:iam::aws:policy/ReadOnlyAccess").isEmpty());
    }

    private static final String AWS_TRUST = """
            Resources:
              Deploy:
                Type: AWS::IAM::Role
                Properties:
                  AssumeRolePolicyDocument:
                    Version: '2012-10-17'
                    Statement: [{Effect: Allow, Principal: {AWS: WHO}, Action: sts:AssumeRole CONDITION}]
                  ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]
            """;

    private java.util.Optional<PrincipalRule.Result> checkAws(String who, String condition) throws Exception {
        return new PowerfulPrincipalOpenToOutsidersCheck()
                .check(principal(model(dir, AWS_TRUST.replace("WHO", who).replace("CONDITION", condition)), "Deploy"));
    }

    @Test
    void administratorAnyoneCanAssumeIsReported() throws Exception {
        assertTrue(checkAws("'*'", "").isPresent());
    }

    @Test
    void publicPrincipalLimitedToTheOrganizationIsNot() throws Exception {
        assertTrue(checkAws("'*'", ", Condition: {StringEquals: {aws:PrincipalOrgID: o-abc123}}")
                .isEmpty());
    }

    @Test
    void anAccountNamedByNumberIsListedButNotJudged() throws Exception {
        var role = principal(
                model(
                        dir,
                        AWS_TRUST
                                .replace("WHO", "'arn:aws:iam::111122223333:root'")
                                .replace("CONDITION", "")),
                "Deploy");
        assertEquals(List.of("111122223333"), role.trust().otherAccounts());
        assertTrue(new PowerfulPrincipalOpenToOutsidersCheck().check(role).isEmpty());
    }
}
