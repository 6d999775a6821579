package io.iamgate.principal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.analyze.RepositoryAnalyzer.UnitFinding;
import io.iamgate.analyze.aws.DeployedPolicies;
import io.iamgate.analyze.principals.PrincipalAnalyzer;
import io.iamgate.reference.IamReference;
import io.iamgate.reference.ManagedPolicies;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.model.AttachedPermissionsBoundary;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.GetAccountAuthorizationDetailsResponse;
import software.amazon.awssdk.services.iam.model.GroupDetail;
import software.amazon.awssdk.services.iam.model.ManagedPolicyDetail;
import software.amazon.awssdk.services.iam.model.PolicyDetail;
import software.amazon.awssdk.services.iam.model.PolicyVersion;
import software.amazon.awssdk.services.iam.model.RoleDetail;
import software.amazon.awssdk.services.iam.model.UserDetail;

/** Principals of an account from its GetAccountAuthorizationDetails answer (the SDK's parsed model objects). */
class AccountPrincipalsTest {

    private static final String ACCOUNT = "123456789012";
    private static final String TRUST = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
              "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}""";
    private static final String ADMIN = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}""";
    private static final String READ_LOGS = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "logs:GetLogEvents", "Resource": "*"}]}""";

    /** IAM returns documents URL-encoded. */
    private static String encoded(String document) {
        return URLEncoder.encode(document, StandardCharsets.UTF_8);
    }

    private static AttachedPolicy attached(String arn) {
        return AttachedPolicy.builder()
                .policyArn(arn)
                .policyName(arn.substring(arn.lastIndexOf('/') + 1))
                .build();
    }

    private static RoleDetail role(String name, AttachedPolicy... policies) {
        return RoleDetail.builder()
                .roleName(name)
                .arn("arn:aws:iam::" + ACCOUNT + ":role/" + name)
                .assumeRolePolicyDocument(encoded(TRUST))
                .attachedManagedPolicies(policies)
                .build();
    }

    /** A customer managed policy whose default version v2 is {@code defaultDocument}; its older v1 allowed everything. */
    private static ManagedPolicyDetail customer(String name, String defaultDocument) {
        return ManagedPolicyDetail.builder()
                .policyName(name)
                .arn("arn:aws:iam::" + ACCOUNT + ":policy/" + name)
                .defaultVersionId("v2")
                .policyVersionList(
                        PolicyVersion.builder()
                                .versionId("v1")
                                .isDefaultVersion(false)
                                .document(encoded(ADMIN))
                                .build(),
                        PolicyVersion.builder()
                                .versionId("v2")
                                .isDefaultVersion(true)
                                .document(encoded(defaultDocument))
                                .build())
                .build();
    }

    private static PrincipalModel model(GetAccountAuthorizationDetailsResponse... pages) {
        DeployedPolicies.Account account = DeployedPolicies.of(List.of(pages));
        return new PrincipalModelBuilder(IamReference.bundled(), ManagedPolicies.bundled())
                .buildAccount(account.pages(), account.units());
    }

    private static List<String> codes(PrincipalModel model, Principal p) {
        return new PrincipalAnalyzer()
                .analyze(model).stream()
                        .filter(f -> f.unit().origin().equals(p.origin()))
                        .map(f -> f.finding().issueCode())
                        .toList();
    }

    @Test
    void roleWithAdministratorAccessAttachedIsAnAdministratorLocatedAtItsAttachment() {
        PrincipalModel model = model(GetAccountAuthorizationDetailsResponse.builder()
                .roleDetailList(role("deploy", attached("arn:aws:iam::aws:policy/AdministratorAccess")))
                .build());
        Principal p = PrincipalFixture.principal(model, "arn:aws:iam::" + ACCOUNT + ":role/deploy");
        assertEquals(PrincipalKind.ROLE, p.kind());
        assertEquals("aws:" + ACCOUNT, p.file());
        assertEquals("arn:aws:iam::" + ACCOUNT + ":role/deploy", p.origin());
        assertEquals(AttachmentKind.AWS_MANAGED, p.policies().get(0).kind());
        assertTrue(p.administratorEquivalent());
        assertEquals(List.of("Service: ec2.amazonaws.com"), p.trust().principals());
        List<UnitFinding> found = new PrincipalAnalyzer().analyze(model);
        UnitFinding admin = found.stream()
                .filter(f -> f.finding().issueCode().equals("IAMGATE_PRINCIPAL_ADMINISTRATOR"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(found));
        assertEquals("aws:" + ACCOUNT, admin.unit().file());
        int line = admin.finding().locations().get(1).span().start().line();
        String attachmentLine = p.template().text().split("\n")[line - 1];
        assertTrue(attachmentLine.contains("arn:aws:iam::aws:policy/AdministratorAccess"), attachmentLine);
    }

    @Test
    void readOnlyTwinIsNoAdministrator() {
        PrincipalModel model = model(GetAccountAuthorizationDetailsResponse.builder()
                .roleDetailList(role("reader", attached("arn:aws:iam::aws:policy/ReadOnlyAccess")))
                .build());
        Principal p = PrincipalFixture.principal(model, "arn:aws:iam::" + ACCOUNT + ":role/reader");
        assertFalse(p.administratorEquivalent());
        assertTrue(p.unknownLinks().isEmpty(), p.unknownLinks().toString());
        assertFalse(
                codes(model, p).contains("IAMGATE_PRINCIPAL_ADMINISTRATOR"),
                codes(model, p).toString());
    }

    @Test
    void userIsAnAdministratorThroughItsGroupListedOnAnotherPage() {
        GroupDetail admins = GroupDetail.builder()
                .groupName("admins")
                .arn("arn:aws:iam::" + ACCOUNT + ":group/admins")
                .attachedManagedPolicies(attached("arn:aws:iam::aws:policy/AdministratorAccess"))
                .build();
        UserDetail alice = UserDetail.builder()
                .userName("alice")
                .arn("arn:aws:iam::" + ACCOUNT + ":user/alice")
                .groupList("admins")
                .userPolicyList(PolicyDetail.builder()
                        .policyName("logs")
                        .policyDocument(encoded(READ_LOGS))
                        .build())
                .build();
        PrincipalModel model = model(
                GetAccountAuthorizationDetailsResponse.builder()
                        .userDetailList(alice)
                        .build(),
                GetAccountAuthorizationDetailsResponse.builder()
                        .groupDetailList(admins)
                        .build());
        Principal user = PrincipalFixture.principal(model, "arn:aws:iam::" + ACCOUNT + ":user/alice");
        assertEquals(List.of("arn:aws:iam::" + ACCOUNT + ":group/admins"), user.groups());
        assertEquals(AttachmentKind.INLINE, user.policy("logs").orElseThrow().kind());
        Attachment admin = user.policy("AdministratorAccess").orElseThrow();
        assertEquals(
                "arn:aws:iam::" + ACCOUNT + ":group/admins", admin.viaGroup().orElseThrow());
        assertTrue(user.administratorEquivalent());
        assertTrue(
                codes(model, user).contains("IAMGATE_PRINCIPAL_ADMINISTRATOR"),
                codes(model, user).toString());
    }

    @Test
    void customerManagedPolicyOfTheAnswerIsReadAtItsDefaultVersion() {
        PrincipalModel model = model(GetAccountAuthorizationDetailsResponse.builder()
                .roleDetailList(role("app", attached("arn:aws:iam::" + ACCOUNT + ":policy/logs")))
                .policies(customer("logs", READ_LOGS))
                .build());
        Principal p = PrincipalFixture.principal(model, "arn:aws:iam::" + ACCOUNT + ":role/app");
        assertEquals(
                AttachmentKind.CUSTOMER_MANAGED, p.policy("logs").orElseThrow().kind());
        assertTrue(p.unknownLinks().isEmpty(), p.unknownLinks().toString());
        assertFalse(p.administratorEquivalent());
    }

    @Test
    void policiesAndGroupsTheAnswerDoesNotHoldAreUnknownLinks() {
        UserDetail bob = UserDetail.builder()
                .userName("bob")
                .arn("arn:aws:iam::" + ACCOUNT + ":user/bob")
                .groupList("missing")
                .build();
        PrincipalModel model = model(GetAccountAuthorizationDetailsResponse.builder()
                .userDetailList(bob)
                .roleDetailList(role(
                        "app",
                        attached("arn:aws:iam::" + ACCOUNT + ":policy/elsewhere"),
                        attached("arn:aws:iam::aws:policy/NoSuchPolicyEver")))
                .build());
        Principal role = PrincipalFixture.principal(model, "arn:aws:iam::" + ACCOUNT + ":role/app");
        assertEquals(
                List.of("arn:aws:iam::" + ACCOUNT + ":policy/elsewhere", "arn:aws:iam::aws:policy/NoSuchPolicyEver"),
                role.unknownLinks().stream().map(UnknownLink::value).toList());
        assertTrue(
                role.unknownLinks().get(1).reason().contains("snapshot"),
                role.unknownLinks().get(1).reason());
        Principal user = PrincipalFixture.principal(model, "arn:aws:iam::" + ACCOUNT + ":user/bob");
        assertEquals("missing", user.unknownLinks().get(0).value());
    }

    @Test
    void customerManagedPolicyUsedOnlyAsABoundaryIsBoundaryOnlyAndBoundsTheRole() {
        RoleDetail bounded = role("bounded", attached("arn:aws:iam::aws:policy/AdministratorAccess")).toBuilder()
                .permissionsBoundary(AttachedPermissionsBoundary.builder()
                        .permissionsBoundaryArn("arn:aws:iam::" + ACCOUNT + ":policy/logs-only")
                        .build())
                .build();
        PrincipalModel model = model(GetAccountAuthorizationDetailsResponse.builder()
                .roleDetailList(bounded)
                .policies(customer("logs-only", READ_LOGS))
                .build());
        Principal p = PrincipalFixture.principal(model, "arn:aws:iam::" + ACCOUNT + ":role/bounded");
        assertTrue(p.boundary().isPresent());
        assertFalse(p.administratorEquivalent());
        assertEquals(
                List.of("arn:aws:iam::" + ACCOUNT + ":policy/logs-only"),
                model.boundaryOnly().stream().map(u -> u.origin()).toList());
    }
}
