package io.iamgate.principal;

import static io.iamgate.principal.PrincipalFixture.model;
import static io.iamgate.principal.PrincipalFixture.principal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.analyze.principals.AdministratorEquivalentPrincipalCheck;
import io.iamgate.analyze.principals.PowerfulPrincipalOpenToOutsidersCheck;
import io.iamgate.model.Location;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AWS::SSO::PermissionSet as a principal: its inline, AWS managed and customer managed policies and boundary. */
class PermissionSetPrincipalsTest {

    private static final String ADMIN_SET = """
            Resources:
              Operators:
                Type: AWS::SSO::PermissionSet
                Properties:
                  InstanceArn: arn:aws:sso:::instance/ssoins-1111222233334444
                  Name: Operators
                  ManagedPolicies:
                    - arn:aws:iam::aws:policy/MANAGED
            """;

    @TempDir
    Path dir;

    @Test
    void permissionSetWithAdministratorAccessIsAnAdministratorReportedAtItsAttachment() throws Exception {
        Principal set = principal(model(dir, ADMIN_SET.replace("MANAGED", "AdministratorAccess")), "Operators");
        assertEquals(PrincipalKind.PERMISSION_SET, set.kind());
        assertEquals("permission set", set.kind().describe());
        assertEquals("", set.arn(), "assigned by IAM Identity Center at creation, not known offline");
        assertEquals(AttachmentKind.AWS_MANAGED, set.policies().get(0).kind());
        assertTrue(set.administratorEquivalent());
        var finding = new AdministratorEquivalentPrincipalCheck().check(set).orElseThrow();
        assertEquals(
                List.of(2, 8),
                finding.locations().stream()
                        .map(Location::span)
                        .map(s -> s.start().line())
                        .toList());
        assertTrue(finding.details().startsWith("Permission set Operators is an administrator"), finding.details());
    }

    @Test
    void readOnlyTwinIsNotAnAdministrator() throws Exception {
        Principal set = principal(model(dir, ADMIN_SET.replace("MANAGED", "ReadOnlyAccess")), "Operators");
        assertFalse(set.administratorEquivalent());
        assertTrue(new AdministratorEquivalentPrincipalCheck().check(set).isEmpty());
    }

    @Test
    void trustSaysIdentityCenterAndNoTrustPolicyAndIsNotOpenToOutsiders() throws Exception {
        Principal set = principal(model(dir, ADMIN_SET.replace("MANAGED", "AdministratorAccess")), "Operators");
        assertTrue(
                set.trust().describe().contains("IAM Identity Center"),
                set.trust().describe());
        assertTrue(
                set.trust().describe().contains("no trust policy"), set.trust().describe());
        assertFalse(set.trust().openToOutsiders());
        assertTrue(new PowerfulPrincipalOpenToOutsidersCheck().check(set).isEmpty());
    }

    @Test
    void inlineAndCustomerManagedReferencesCombineAndAnUnmatchedReferenceIsUnknown() throws Exception {
        PrincipalModel m = model(dir, """
                Resources:
                  Deployers:
                    Type: AWS::SSO::PermissionSet
                    Properties:
                      InstanceArn: arn:aws:sso:::instance/ssoins-1111222233334444
                      Name: Deployers
                      InlinePolicy:
                        Version: '2012-10-17'
                        Statement: [{Effect: Allow, NotAction: 'iam:Put*', Resource: '*'}]
                      CustomerManagedPolicyReferences:
                        - Name: iam-writes
                          Path: /deploy/
                        - Name: not-in-this-template
                  IamWrites:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      ManagedPolicyName: iam-writes
                      Path: /deploy/
                      PolicyDocument:
                        Version: '2012-10-17'
                        Statement: [{Effect: Allow, Action: 'iam:Put*', Resource: '*'}]
                """);
        Principal set = principal(m, "Deployers");
        assertEquals(
                List.of("Deployers", "iam-writes"),
                set.policies().stream().map(Attachment::name).toList());
        assertEquals(
                List.of(AttachmentKind.INLINE, AttachmentKind.CUSTOMER_MANAGED),
                set.policies().stream().map(Attachment::kind).toList());
        assertEquals(
                List.of("/not-in-this-template"),
                set.unknownLinks().stream().map(UnknownLink::value).toList());
        assertTrue(set.administratorEquivalent());
    }

    @Test
    void customerManagedReferenceWithAnotherPathDoesNotLink() throws Exception {
        PrincipalModel m = model(dir, """
                Resources:
                  Deployers:
                    Type: AWS::SSO::PermissionSet
                    Properties:
                      InstanceArn: arn:aws:sso:::instance/ssoins-1111222233334444
                      Name: Deployers
                      CustomerManagedPolicyReferences:
                        - Name: iam-writes
                  IamWrites:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      ManagedPolicyName: iam-writes
                      Path: /deploy/
                      PolicyDocument:
                        Version: '2012-10-17'
                        Statement: [{Effect: Allow, Action: 'iam:Put*', Resource: '*'}]
                """);
        Principal set = principal(m, "Deployers");
        assertTrue(set.policies().isEmpty());
        assertEquals(
                List.of("CustomerManagedPolicyReferences"),
                set.unknownLinks().stream().map(UnknownLink::element).toList());
    }

    @Test
    void boundaryByAwsManagedArnOrCustomerReferenceCutsTheGrant() throws Exception {
        String template = """
                Resources:
                  Operators:
                    Type: AWS::SSO::PermissionSet
                    Properties:
                      InstanceArn: arn:aws:sso:::instance/ssoins-1111222233334444
                      Name: Operators
                      ManagedPolicies: [arn:aws:iam::aws:policy/AdministratorAccess]
                      PermissionsBoundary: BOUNDARY
                  ReadBoundary:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      ManagedPolicyName: read-boundary
                      PolicyDocument:
                        Version: '2012-10-17'
                        Statement: [{Effect: Allow, Action: 's3:Get*', Resource: '*'}]
                """;
        PrincipalModel byArn = model(
                dir, template.replace("BOUNDARY", "{ManagedPolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess'}"));
        Principal set = principal(byArn, "Operators");
        assertEquals("ReadOnlyAccess", set.boundary().orElseThrow().name());
        assertFalse(set.administratorEquivalent());

        PrincipalModel byReference =
                model(dir, template.replace("BOUNDARY", "{CustomerManagedPolicyReference: {Name: read-boundary}}"));
        Principal bounded = principal(byReference, "Operators");
        assertEquals("read-boundary", bounded.boundary().orElseThrow().name());
        assertFalse(bounded.administratorEquivalent());
        assertEquals(1, byReference.boundaryOnly().size(), "a boundary grants nothing");
    }
}
