package io.iamgate.principal;

import static io.iamgate.principal.PrincipalFixture.model;
import static io.iamgate.principal.PrincipalFixture.principal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudFormationPrincipalsTest {

    @TempDir
    Path dir;

    @Test
    void awsManagedArnInManagedPolicyArnsMakesTheRoleAnAdministrator() throws Exception {
        PrincipalModel m = model(dir, """
                Resources:
                  DeployRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Version: '2012-10-17'
                        Statement:
                          - Effect: Allow
                            Principal: {Service: ec2.amazonaws.com}
                            Action: sts:AssumeRole
                      ManagedPolicyArns:
                        - !Sub arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess
                """);
        Principal role = principal(m, "DeployRole");
        assertEquals(PrincipalKind.ROLE, role.kind());
        assertEquals(2, role.line());
        assertEquals(AttachmentKind.AWS_MANAGED, role.policies().get(0).kind());
        assertEquals("AdministratorAccess", role.policies().get(0).name());
        assertEquals(12, role.policies().get(0).site().span().start().line());
        assertTrue(role.administratorEquivalent());
        assertTrue(role.unknownLinks().isEmpty());
    }

    @Test
    void customerPolicyOutsideTheTemplateAndUnknownAwsArnAreListedAsUnknown() throws Exception {
        PrincipalModel m = model(dir, """
                Resources:
                  App:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: []}
                      ManagedPolicyArns:
                        - arn:aws:iam::111122223333:policy/shared-deploy
                        - arn:aws:iam::aws:policy/AdministratorAcess
                """);
        Principal role = principal(m, "App");
        assertTrue(role.policies().isEmpty());
        assertEquals(
                List.of("arn:aws:iam::111122223333:policy/shared-deploy", "arn:aws:iam::aws:policy/AdministratorAcess"),
                role.unknownLinks().stream().map(UnknownLink::value).toList());
        assertTrue(
                role.unknownLinks().get(1).reason().contains("AdministratorAccess"),
                role.unknownLinks().get(1).reason());
        assertFalse(role.administratorEquivalent());
    }

    @Test
    void everyAttachmentFormLinksToItsPrincipal() throws Exception {
        PrincipalModel m = model(dir, """
                Resources:
                  Worker:
                    Type: AWS::IAM::Role
                    Properties:
                      RoleName: worker
                      AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: []}
                      Policies:
                        - PolicyName: own
                          PolicyDocument:
                            Version: '2012-10-17'
                            Statement: [{Effect: Allow, Action: s3:GetObject, Resource: '*'}]
                      ManagedPolicyArns: [!Ref Shared]
                  Shared:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument:
                        Version: '2012-10-17'
                        Statement: [{Effect: Allow, Action: sqs:SendMessage, Resource: '*'}]
                  ByName:
                    Type: AWS::IAM::Policy
                    Properties:
                      PolicyName: by-name
                      Roles: [worker]
                      PolicyDocument:
                        Version: '2012-10-17'
                        Statement: [{Effect: Allow, Action: sns:Publish, Resource: '*'}]
                  ManagedByRoles:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      Roles: [!Ref Worker]
                      PolicyDocument:
                        Version: '2012-10-17'
                        Statement: [{Effect: Allow, Action: logs:PutLogEvents, Resource: '*'}]
                  RolePolicy:
                    Type: AWS::IAM::RolePolicy
                    Properties:
                      RoleName: !Ref Worker
                      PolicyName: role-policy
                      PolicyDocument:
                        Version: '2012-10-17'
                        Statement: [{Effect: Allow, Action: kms:Decrypt, Resource: '*'}]
                """);
        Principal role = principal(m, "Worker");
        assertEquals(
                List.of("own", "Shared", "by-name", "ManagedByRoles", "role-policy"),
                role.policies().stream().map(Attachment::name).toList());
        for (String action :
                List.of("s3:GetObject", "sqs:SendMessage", "sns:Publish", "logs:PutLogEvents", "kms:Decrypt")) {
            assertTrue(role.permissions().allows(action, "*"), action);
        }
        assertFalse(role.permissions().allows("s3:PutObject", "*"));
    }

    @Test
    void userAndGroupAttachmentFormsAndBuiltArnsLinkToTheirPrincipals() throws Exception {
        PrincipalModel m = model(dir, """
                Resources:
                  Ops:
                    Type: AWS::IAM::Group
                    Properties:
                      GroupName: ops
                      ManagedPolicyArns:
                        - !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/team-read
                  Carol:
                    Type: AWS::IAM::User
                    Properties:
                      UserName: carol
                      ManagedPolicyArns: [!GetAtt Deploy.PolicyArn]
                  TeamRead:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      ManagedPolicyName: team-read
                      PolicyDocument:
                        Version: '2012-10-17'
                        Statement: [{Effect: Allow, Action: s3:GetObject, Resource: '*'}]
                  Deploy:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument:
                        Version: '2012-10-17'
                        Statement: [{Effect: Allow, Action: cloudformation:CreateStack, Resource: '*'}]
                  UserInline:
                    Type: AWS::IAM::UserPolicy
                    Properties:
                      UserName: !Ref Carol
                      PolicyName: user-policy
                      PolicyDocument:
                        Version: '2012-10-17'
                        Statement: [{Effect: Allow, Action: sqs:SendMessage, Resource: '*'}]
                  GroupInline:
                    Type: AWS::IAM::GroupPolicy
                    Properties:
                      GroupName: !Ref Ops
                      PolicyName: group-policy
                      PolicyDocument:
                        Version: '2012-10-17'
                        Statement: [{Effect: Allow, Action: sns:Publish, Resource: '*'}]
                  ForBoth:
                    Type: AWS::IAM::Policy
                    Properties:
                      PolicyName: for-both
                      Users: [carol]
                      Groups: [!Ref Ops]
                      PolicyDocument:
                        Version: '2012-10-17'
                        Statement: [{Effect: Allow, Action: logs:PutLogEvents, Resource: '*'}]
                  ManagedForBoth:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      Users: [!Ref Carol]
                      Groups: [ops]
                      PolicyDocument:
                        Version: '2012-10-17'
                        Statement: [{Effect: Allow, Action: kms:Decrypt, Resource: '*'}]
                """);
        assertEquals(
                List.of("Deploy", "user-policy", "for-both", "ManagedForBoth"),
                principal(m, "Carol").policies().stream().map(Attachment::name).toList());
        assertEquals(
                List.of("team-read", "group-policy", "for-both", "ManagedForBoth"),
                principal(m, "Ops").policies().stream().map(Attachment::name).toList());
        for (String p : List.of("Carol", "Ops")) {
            assertTrue(
                    principal(m, p).unknownLinks().isEmpty(),
                    principal(m, p).unknownLinks().toString());
        }
        assertTrue(principal(m, "Carol").permissions().allows("cloudformation:CreateStack", "*"));
        assertFalse(principal(m, "Ops").permissions().allows("cloudformation:CreateStack", "*"));
    }

    @Test
    void usersHaveTheirGroupsPolicies() throws Exception {
        PrincipalModel m = model(dir, """
                Resources:
                  Admins:
                    Type: AWS::IAM::Group
                    Properties:
                      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]
                  Readers:
                    Type: AWS::IAM::Group
                  Alice:
                    Type: AWS::IAM::User
                    Properties:
                      Groups: [!Ref Readers]
                  Bob:
                    Type: AWS::IAM::User
                  AddBob:
                    Type: AWS::IAM::UserToGroupAddition
                    Properties:
                      GroupName: !Ref Admins
                      Users: [!Ref Bob]
                """);
        assertFalse(principal(m, "Alice").administratorEquivalent());
        Principal bob = principal(m, "Bob");
        assertTrue(bob.administratorEquivalent());
        assertEquals(List.of("Admins"), bob.groups());
        assertEquals(java.util.Optional.of("Admins"), bob.policies().get(0).viaGroup());
    }

    @Test
    void boundaryCutsAndABoundaryOnlyPolicyIsMarked() throws Exception {
        PrincipalModel m = model(dir, """
                Resources:
                  Limit:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument:
                        Version: '2012-10-17'
                        Statement:
                          - {Effect: Allow, Action: '*', Resource: '*'}
                          - {Effect: Deny, Action: 'iam:*', Resource: '*'}
                  Bounded:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: []}
                      PermissionsBoundary: !Ref Limit
                      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]
                """);
        Principal role = principal(m, "Bounded");
        assertTrue(role.boundary().isPresent());
        assertFalse(role.administratorEquivalent());
        assertFalse(role.permissions().allows("iam:PassRole", "*"));
        assertTrue(role.permissions().allows("s3:GetObject", "*"));
        assertEquals(1, m.boundaryOnly().size());
        assertEquals(
                "Resources.Limit.Properties.PolicyDocument",
                m.boundaryOnly().get(0).origin());
    }

    @Test
    void passRoleOnAnAdministratorRoleInOnePolicyAndLambdaInAnotherIsAnEscalationPath() throws Exception {
        PrincipalModel m = model(dir, """
                Resources:
                  AdminRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: []}
                      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]
                  Builder:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: []}
                      Policies:
                        - PolicyName: pass-admin
                          PolicyDocument:
                            Version: '2012-10-17'
                            Statement: [{Effect: Allow, Action: iam:PassRole, Resource: !GetAtt AdminRole.Arn}]
                        - PolicyName: functions
                          PolicyDocument:
                            Version: '2012-10-17'
                            Statement:
                              - Effect: Allow
                                Action: [lambda:CreateFunction, lambda:InvokeFunction]
                                Resource: '*'
                """);
        Principal builder = principal(m, "Builder");
        assertFalse(builder.administratorEquivalent());
        var lambda = builder.escalationPaths().stream()
                .filter(p -> p.method().issueCode().equals("IAMGATE_PRIVESC_PASS_ROLE_LAMBDA_INVOKE"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("pass-admin", "functions"), List.copyOf(lambda.policies()));
    }

    @Test
    void trustOpenToAnyRepositoryOfAnOrganisation() throws Exception {
        String template = """
                Resources:
                  Ci:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Version: '2012-10-17'
                        Statement:
                          - Effect: Allow
                            Principal: {Federated: !Sub 'arn:aws:iam::${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com'}
                            Action: sts:AssumeRoleWithWebIdentity
                            Condition:
                              StringEquals: {token.actions.githubusercontent.com:aud: sts.amazonaws.com}
                              StringLike: {token.actions.githubusercontent.com:sub: SUB}
                """;
        assertTrue(principal(model(dir, template.replace("SUB", "'repo:acme/*'")), "Ci")
                .trust()
                .anyGithubRepository());
        assertFalse(principal(model(dir, template.replace("SUB", "'repo:acme/site:ref:refs/heads/main'")), "Ci")
                .trust()
                .openToOutsiders());
    }
}
