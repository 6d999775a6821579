package io.iamgate.analyze.principals;

import static io.iamgate.principal.PrincipalFixture.model;
import static io.iamgate.principal.PrincipalFixture.principal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.model.Location;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossPolicyEscalationCheckTest {

    @TempDir
    Path dir;

    private static final String TEMPLATE = """
            Resources:
              Builder:
                Type: AWS::IAM::Role
                Properties:
                  AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: []}
                  Policies:
                    - PolicyName: pass
                      PolicyDocument:
                        Version: '2012-10-17'
                        Statement: [{Effect: Allow, Action: iam:PassRole, Resource: 'arn:aws:iam::*:role/*'}]
                    - PolicyName: functions
                      PolicyDocument:
                        Version: '2012-10-17'
                        Statement: [{Effect: Allow, Action: [lambda:CreateFunction, SECOND], Resource: '*'}]
            """;

    @Test
    void passRoleInOnePolicyAndLambdaInAnotherNamesBothPolicies() throws Exception {
        var result = new CrossPolicyEscalationCheck()
                .check(principal(model(dir, TEMPLATE.replace("SECOND", "lambda:InvokeFunction")), "Builder"))
                .orElseThrow();
        assertTrue(result.details().contains("PassExistingRoleToNewLambdaThenInvoke"), result.details());
        assertTrue(result.details().contains("iam:PassRole from 'pass'"), result.details());
        assertTrue(result.details().contains("'functions' (inline)"), result.details());
        assertEquals(
                List.of(2, 7, 11),
                result.locations().stream()
                        .map(Location::span)
                        .map(s -> s.start().line())
                        .toList());
    }

    @Test
    void anIncompletePathIsNotReported() throws Exception {
        assertTrue(new CrossPolicyEscalationCheck()
                .check(principal(model(dir, TEMPLATE.replace("SECOND", "lambda:GetFunction")), "Builder"))
                .isEmpty());
    }

    @Test
    void aPathOneOfTheRolesPoliciesGivesAloneIsLeftToThePerPolicyRule() throws Exception {
        String onePolicy = """
                Resources:
                  Builder:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: []}
                      Policies:
                        - PolicyName: all
                          PolicyDocument:
                            Version: '2012-10-17'
                            Statement:
                              - Effect: Allow
                                Action: [iam:PassRole, lambda:CreateFunction, lambda:InvokeFunction]
                                Resource: '*'
                """;
        assertTrue(new CrossPolicyEscalationCheck()
                .check(principal(model(dir, onePolicy), "Builder"))
                .isEmpty());
    }
}
