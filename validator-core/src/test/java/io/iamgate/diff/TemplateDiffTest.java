package io.iamgate.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.config.DiffCategory;
import io.iamgate.config.RunConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff} on principals: a CloudFormation stack, a Terraform plan and a CDK assembly in a test's git repository. */
class TemplateDiffTest {

    @TempDir
    Path dir;

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
                        Principal:
                          Federated: arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com
                        Action: sts:AssumeRoleWithWebIdentity
                        Condition:
                          StringEquals:
                            token.actions.githubusercontent.com:sub: repo:example-org/app:ref:refs/heads/main
                  Policies:
                    - PolicyName: deploy
                      PolicyDocument:
                        Version: '2012-10-17'
                        Statement:
                          - Effect: Allow
                            Action: cloudformation:DescribeStacks
                            Resource: '*'
                  MANAGED
            """;

    private DiffRun.Outcome diff(GitRepo repo) throws Exception {
        return DiffRun.run(RunConfig.defaults(repo.root, List.of(repo.root)), "main", "git");
    }

    private static SubjectChange change(AccessDiff diff, String name) {
        return diff.changes().stream()
                .filter(c -> c.subject().name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(diff.changes()));
    }

    @Test
    void attachingAdministratorAccessToARoleBlocksAtTheAttachmentLine() throws Exception {
        GitRepo repo = GitRepo.init(dir);
        repo.write("infra/stack.yaml", STACK.replace("MANAGED", "")).commit("base");
        repo.write("infra/stack.yaml", STACK.replace("MANAGED", """
                ManagedPolicyArns:
                        - arn:aws:iam::aws:policy/AdministratorAccess"""));
        DiffRun.Outcome o = diff(repo);
        SubjectChange c = change(o.diff(), "DeployRole");
        assertEquals("role", c.subject().kind());
        SubjectChange.Block admin = c.blocks().stream()
                .filter(b -> b.category() == DiffCategory.ADMINISTRATOR)
                .findFirst()
                .orElseThrow(() -> new AssertionError(c.blocks()));
        assertEquals(25, admin.site().line(), "the ManagedPolicyArns entry");
        assertEquals(
                List.of("* except cloudformation:DescribeStacks"),
                ActionsText.describe(
                        c.added().get(0).entry().actions(), io.iamgate.reference.IamReference.bundled(), 12),
                "what the role could already do is not new");
        assertEquals(1, o.report().exitCode());
        assertTrue(o.report().policies().stream()
                .flatMap(p -> p.findings().stream())
                .anyMatch(f -> f.finding().issueCode().equals("IAMGATE_DIFF_NEW_ADMINISTRATOR") && f.line() == 25));

        String md = DiffMarkdown.of(o.diff(), o.validation());
        assertTrue(
                md.contains("### BLOCKS: role `DeployRole` (changed) in `infra/stack.yaml`\n\n"
                        + "- **a new administrator-equivalent principal** (line 25): role DeployRole becomes "
                        + "administrator-equivalent"),
                md);
        assertTrue(
                md.contains("| + added | `* except cloudformation:DescribeStacks` | `*` | none | 25 "
                        + "`AdministratorAccess` |"),
                md);
    }

    @Test
    void trustWidenedToAnyRepositoryOfTheOrganisationBlocks() throws Exception {
        GitRepo repo = GitRepo.init(dir);
        repo.write("stack.yaml", STACK.replace("MANAGED", "")).commit("base");
        repo.write(
                "stack.yaml",
                STACK.replace("MANAGED", "")
                        .replace("repo:example-org/app:ref:refs/heads/main", "repo:example-org/*")
                        .replace("StringEquals", "StringLike"));
        SubjectChange c = change(diff(repo).diff(), "DeployRole");
        assertTrue(c.trust().nowAnyGithubRepository());
        assertTrue(c.added().isEmpty(), "what the role may do did not change");
        assertEquals(
                List.of(DiffCategory.PUBLIC_TRUST),
                c.blocks().stream().map(SubjectChange.Block::category).toList());
    }

    @Test
    void aRenamedLogicalIdWithTheSamePoliciesIsMatched() throws Exception {
        GitRepo repo = GitRepo.init(dir);
        repo.write("stack.yaml", STACK.replace("MANAGED", "")).commit("base");
        repo.write("stack.yaml", STACK.replace("MANAGED", "").replace("DeployRole:", "PipelineRole:"));
        AccessDiff d = diff(repo).diff();
        SubjectChange c = change(d, "PipelineRole");
        assertEquals(SubjectChange.Status.RENAMED, c.status());
        assertEquals("DeployRole", c.base().name());
        assertEquals(1, d.changes().size(), d.changes().toString());
    }

    @Test
    void aNewRoleIsAPrincipalOfItsOwnAndAnAddedActionOfAnotherIsShownOnIt() throws Exception {
        GitRepo repo = GitRepo.init(dir);
        repo.write("stack.yaml", STACK.replace("MANAGED", "")).commit("base");
        repo.write(
                "stack.yaml",
                STACK.replace("MANAGED", "")
                                .replace(
                                        "Action: cloudformation:DescribeStacks",
                                        "Action: [cloudformation:DescribeStacks, cloudformation:CreateChangeSet]")
                        + """
                  ReaderRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Version: '2012-10-17'
                        Statement:
                          - Effect: Allow
                            Principal: {Service: lambda.amazonaws.com}
                            Action: sts:AssumeRole
                """);
        AccessDiff d = diff(repo).diff();
        SubjectChange deploy = change(d, "DeployRole");
        assertEquals(
                List.of("cloudformation:CreateChangeSet"),
                deploy.added().get(0).entry().actions().describe(5));
        assertEquals(21, deploy.added().get(0).entry().site().line());
        assertEquals(SubjectChange.Status.NEW, change(d, "ReaderRole").status());
        assertFalse(deploy.blocking());
    }

    @Test
    void aTerraformPlanAttachmentAddsTheActionsOfThePolicy() throws Exception {
        GitRepo repo = GitRepo.init(dir);
        repo.write("plan.json", plan("\"sqs:SendMessage\"")).commit("base");
        repo.write("plan.json", plan("[\"sqs:SendMessage\", \"sqs:DeleteQueue\"]"));
        AccessDiff d = diff(repo).diff();
        SubjectChange c = change(d, "aws_iam_role.worker");
        assertEquals(
                List.of("sqs:DeleteQueue"), c.added().get(0).entry().actions().describe(5));
        assertEquals(1, d.changes().size(), "the inline policy is seen through its role only: " + d.changes());
        assertTrue(c.removed().isEmpty());
    }

    private static String plan(String actions) {
        String trust = "{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\","
                + "\\\"Principal\\\":{\\\"Service\\\":\\\"ec2.amazonaws.com\\\"},\\\"Action\\\":\\\"sts:AssumeRole\\\"}]}";
        String policy = "{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\","
                + "\\\"Action\\\":" + actions.replace("\"", "\\\"") + ",\\\"Resource\\\":\\\"*\\\"}]}";
        return """
                {"format_version": "1.2",
                 "planned_values": {"root_module": {"resources": [
                   {"address": "aws_iam_role.worker", "mode": "managed", "type": "aws_iam_role", "name": "worker",
                    "values": {"name": "worker", "path": "/", "assume_role_policy": "%s"}},
                   {"address": "aws_iam_role_policy.work", "mode": "managed", "type": "aws_iam_role_policy",
                    "name": "work", "values": {"name": "work", "role": "worker", "policy": "%s"}}
                 ]}},
                 "resource_changes": [], "configuration": {"root_module": {"resources": []}}}
                """.formatted(trust, policy);
    }

    private static final String MANIFEST = """
            {"version": "36.0.0", "artifacts": {
              "AppStack": {"type": "aws:cloudformation:stack", "environment": "aws://123456789012/eu-west-1",
                           "properties": {"templateFile": "AppStack.template.json"}}}}
            """;

    private static String appStack(String actions) {
        return """
                {"Resources": {
                  "FnRole": {"Type": "AWS::IAM::Role",
                    "Properties": {
                      "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                        "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]},
                      "Policies": [{"PolicyName": "fn", "PolicyDocument": {"Version": "2012-10-17",
                        "Statement": [{"Effect": "Allow", "Action": %s, "Resource": "*"}]}}]},
                    "Metadata": {"aws:cdk:path": "AppStack/FnRole/Resource"}}}}
                """.formatted(actions);
    }

    @Test
    void aCdkAssemblyRoleGainingIamWriteAccessIsShownAndListedAccessLevelsBlock() throws Exception {
        GitRepo repo = GitRepo.init(dir);
        repo.write("cdk.out/manifest.json", MANIFEST)
                .write("cdk.out/AppStack.template.json", appStack("\"dynamodb:GetItem\""))
                .commit("base");
        repo.write("cdk.out/AppStack.template.json", appStack("[\"dynamodb:GetItem\", \"iam:AttachRolePolicy\"]"));
        RunConfig config = RunConfig.builder(repo.root)
                .paths(List.of(repo.root))
                .diff(new io.iamgate.config.DiffSettings(
                        java.util.Set.of(),
                        List.of(),
                        java.util.Set.of(io.iamgate.reference.AccessLevel.PERMISSIONS_MANAGEMENT)))
                .build();
        DiffRun.Outcome o = DiffRun.run(config, "main", "git");
        SubjectChange c = change(o.diff(), "FnRole");
        assertEquals(
                List.of("iam:AttachRolePolicy"),
                c.added().get(0).entry().actions().describe(5));
        assertEquals(
                List.of(DiffCategory.LISTED_ACCESS),
                c.blocks().stream().map(SubjectChange.Block::category).toList());
        assertEquals(1, o.report().exitCode());
    }
}
