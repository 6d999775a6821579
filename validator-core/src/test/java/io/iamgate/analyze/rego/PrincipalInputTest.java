package io.iamgate.analyze.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.iamgate.principal.PrincipalFixture;
import io.iamgate.principal.PrincipalModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input a principal rule sees, field by field, as docs/rego.md documents it. */
class PrincipalInputTest {

    @TempDir
    Path dir;

    private JsonNode input(String template, String name) throws Exception {
        PrincipalModel model = PrincipalFixture.model(dir, template);
        return PrincipalInput.of(PrincipalFixture.principal(model, name));
    }

    @Test
    void roleWithAwsManagedAndInlinePoliciesShowsWhereItIsAndWhatItMayDo() throws Exception {
        JsonNode in = input("""
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Deploy:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Version: '2012-10-17'
                        Statement:
                          - Effect: Allow
                            Principal: {Federated: arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com}
                            Action: sts:AssumeRoleWithWebIdentity
                            Condition: {StringLike: {'token.actions.githubusercontent.com:sub': 'repo:acme/*'}}
                      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]
                      Policies:
                        - PolicyName: Logs
                          PolicyDocument:
                            Version: '2012-10-17'
                            Statement:
                              - {Effect: Allow, Action: 'logs:PutLogEvents', Resource: '*', Condition: {StringEquals: {aws:RequestedRegion: eu-west-1}}}
                              - {Effect: Deny, Action: 'ec2:TerminateInstances', Resource: '*'}
                """, "Deploy");
        assertEquals("ROLE", in.get("kind").asText());
        assertEquals("stack.yaml", in.get("file").asText());
        assertEquals("Resources.Deploy", in.get("origin").asText());
        assertEquals(3, in.get("line").asInt());
        JsonNode managed = in.get("policies").findParents("arn").stream()
                .filter(a -> a.get("kind").asText().equals("AWS_MANAGED"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "arn:aws:iam::aws:policy/AdministratorAccess",
                managed.get("arn").asText());
        assertEquals(
                "*",
                managed.get("document").get("Statement").get(0).get("Action").asText());
        JsonNode inline = in.get("policies").findParents("arn").stream()
                .filter(a -> a.get("kind").asText().equals("INLINE"))
                .findFirst()
                .orElseThrow();
        assertEquals("Logs", inline.get("name").asText());
        assertEquals(
                "Resources.Deploy.Properties.Policies[0].PolicyDocument",
                inline.get("origin").asText());
        assertTrue(in.get("boundary").isNull());
        assertTrue(in.get("trust").get("anyGithubRepository").asBoolean());
        assertTrue(in.get("adminEquivalent").asBoolean());
        assertEquals("s3:*", in.get("unbounded").get("s3").get(0).asText());
        assertEquals("iam:*", in.get("unbounded").get("iam").get(0).asText());
        assertFalse(
                in.get("unbounded").get("ec2").toString().contains("ec2:TerminateInstances"),
                "the unconditional Deny is taken off");
        assertTrue(in.get("unbounded").get("ec2").toString().contains("ec2:RunInstances"));
        JsonNode logs = in.get("allows").get("logs").findParents("policy").stream()
                .filter(g -> g.get("policy").asText().equals("Logs"))
                .findFirst()
                .orElseThrow();
        assertEquals("[\"logs:PutLogEvents\"]", logs.get("actions").toString());
        assertEquals("[\"*\"]", logs.get("resources").toString());
        assertEquals("nonLimiting", logs.get("condition").asText());
        assertEquals("[\"aws:RequestedRegion\"]", logs.get("conditionKeys").toString());
        JsonNode deny = in.get("denies").get("ec2").get(0);
        assertEquals("[\"ec2:TerminateInstances\"]", deny.get("actions").toString());
        assertEquals("none", deny.get("condition").asText());
    }

    @Test
    void boundaryAndScopedResourcesAreShownAsWritten() throws Exception {
        JsonNode in = input("""
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Limit:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument:
                        Version: '2012-10-17'
                        Statement: [{Effect: Allow, Action: 's3:*', Resource: '*'}]
                  App:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: []}
                      PermissionsBoundary: !Ref Limit
                      Policies:
                        - PolicyName: Read
                          PolicyDocument:
                            Version: '2012-10-17'
                            Statement:
                              - {Effect: Allow, Action: ['s3:GetObject', 'sqs:SendMessage'], Resource: 'arn:aws:s3:::reports/*', Condition: {StringEquals: {aws:PrincipalTag/team: data}}}
                """, "App");
        assertEquals("Limit", in.get("boundary").get("name").asText());
        assertEquals("CUSTOMER_MANAGED", in.get("boundary").get("kind").asText());
        JsonNode read = in.get("allows").get("s3").get(0);
        assertEquals("[\"arn:aws:s3:::reports/*\"]", read.get("resources").toString());
        assertEquals("limiting", read.get("condition").asText());
        assertFalse(in.get("allows").has("sqs"), "an S3 ARN covers no SQS resource");
        assertFalse(in.get("adminEquivalent").asBoolean());
        assertEquals(0, in.get("escalationPaths").size());
    }
}
