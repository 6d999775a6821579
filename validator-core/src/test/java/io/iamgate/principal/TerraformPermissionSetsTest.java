package io.iamgate.principal;

import static io.iamgate.principal.PrincipalFixture.principal;
import static io.iamgate.principal.TerraformPlanFixture.allow;
import static io.iamgate.principal.TerraformPlanFixture.model;
import static io.iamgate.principal.TerraformPlanFixture.plan;
import static io.iamgate.principal.TerraformPlanFixture.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** IAM Identity Center permission sets of a Terraform plan, one aws_ssoadmin_* form per test. */
class TerraformPermissionSetsTest {

    private static final String SET_ARN = "arn:aws:sso:::permissionSet/ssoins-1111111111111111/ps-2222222222222222";

    private static String permissionSet() {
        return resource(
                "aws_ssoadmin_permission_set.ops",
                "{\"name\":\"ops\",\"arn\":\"" + SET_ARN
                        + "\",\"instance_arn\":\"arn:aws:sso:::instance/ssoins-1111111111111111\"}");
    }

    /** An aws_ssoadmin_* resource on the permission set, by its planned ARN; {@code more} adds attributes. */
    private static String onSet(String address, String more) {
        return resource(address, "{\"permission_set_arn\":\"" + SET_ARN + "\"" + more + "}");
    }

    private static String customerPolicy(String address, String name, String path, String policy) {
        return resource(address, "{\"name\":\"" + name + "\",\"path\":\"" + path + "\",\"policy\":" + policy + "}");
    }

    private static List<String> names(Principal p) {
        return p.policies().stream().map(a -> a.kind() + " " + a.name()).toList();
    }

    @Test
    void managedPolicyAttachmentMakesThePermissionSetAnAdministrator() {
        String plan = plan(permissionSet() + ","
                + onSet(
                        "aws_ssoadmin_managed_policy_attachment.admin",
                        ",\"managed_policy_arn\":\"arn:aws:iam::aws:policy/AdministratorAccess\""));
        Principal ops = principal(model(plan), "aws_ssoadmin_permission_set.ops");
        assertEquals(PrincipalKind.PERMISSION_SET, ops.kind());
        assertEquals("", ops.arn(), "IAM Identity Center assigns the ARN: none is shown");
        assertEquals(PermissionSetLinker.TRUST, ops.trust());
        assertEquals(List.of("AWS_MANAGED AdministratorAccess"), names(ops));
        assertTrue(ops.administratorEquivalent());

        Principal reader = principal(
                model(plan.replace("AdministratorAccess", "ReadOnlyAccess")), "aws_ssoadmin_permission_set.ops");
        assertFalse(reader.administratorEquivalent());
    }

    @Test
    void inlinePolicyFollowsAPermissionSetArnKnownOnlyAfterApply() {
        String resources = resource("aws_ssoadmin_permission_set.ops", "{\"name\":\"ops\"}") + ","
                + resource(
                        "aws_ssoadmin_permission_set_inline_policy.ops", "{\"inline_policy\":" + allow("iam:*") + "}");
        String changes = """
                {"address":"aws_ssoadmin_permission_set.ops","change":{"after_unknown":{"arn":true}}},
                {"address":"aws_ssoadmin_permission_set_inline_policy.ops",
                 "change":{"after_unknown":{"permission_set_arn":true}}}
                """;
        String configuration = """
                {"address":"aws_ssoadmin_permission_set_inline_policy.ops","mode":"managed",
                 "type":"aws_ssoadmin_permission_set_inline_policy","name":"ops","expressions":{
                 "permission_set_arn":{"references":[REFERENCES]}}}
                """;
        String toTheSet = "\"aws_ssoadmin_permission_set.ops.arn\", \"aws_ssoadmin_permission_set.ops\"";
        Principal ops = principal(
                model(plan(resources, changes, configuration.replace("REFERENCES", toTheSet))),
                "aws_ssoadmin_permission_set.ops");
        assertEquals(List.of("INLINE aws_ssoadmin_permission_set_inline_policy.ops"), names(ops));
        assertEquals(
                "aws_ssoadmin_permission_set_inline_policy.ops.inline_policy",
                ops.policies().get(0).origin());
        assertTrue(ops.administratorEquivalent(), "all of IAM");

        Principal other = principal(
                model(plan(resources, changes, configuration.replace("REFERENCES", "\"var.set_arn\""))),
                "aws_ssoadmin_permission_set.ops");
        assertTrue(other.policies().isEmpty(), "wired to a variable: not this set");
    }

    @Test
    void customerManagedReferenceLinksThePlansPolicyOfThatNameAndPath() {
        String plan = plan(permissionSet() + ","
                + customerPolicy(
                        "aws_iam_policy.deploy",
                        "deploy",
                        "/teams/",
                        allow("iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"))
                + ","
                + onSet(
                        "aws_ssoadmin_customer_managed_policy_attachment.deploy",
                        ",\"customer_managed_policy_reference\":[{\"name\":\"deploy\",\"path\":\"/teams/\"}]"));
        Principal ops = principal(model(plan), "aws_ssoadmin_permission_set.ops");
        assertEquals(List.of("CUSTOMER_MANAGED deploy"), names(ops));
        assertEquals("aws_iam_policy.deploy.policy", ops.policies().get(0).origin());
        assertTrue(ops.powerful(), "PassRole with Lambda create and invoke is an escalation path");
        assertTrue(ops.unknownLinks().isEmpty(), ops.unknownLinks().toString());

        Principal otherPath = principal(
                model(plan.replace("\"path\":\"/teams/\"}]", "\"path\":\"/\"}]")), "aws_ssoadmin_permission_set.ops");
        assertTrue(otherPath.policies().isEmpty());
        assertEquals(1, otherPath.unknownLinks().size());
        UnknownLink unknown = otherPath.unknownLinks().get(0);
        assertEquals("/deploy", unknown.value());
        assertTrue(
                unknown.reason().contains("no aws_iam_policy of that name and path is in this plan"), unknown.reason());
        assertFalse(otherPath.powerful());
    }

    @Test
    void permissionsBoundaryAttachmentBoundsTheSetAndGrantsNothing() {
        String admin = onSet(
                "aws_ssoadmin_managed_policy_attachment.admin",
                ",\"managed_policy_arn\":\"arn:aws:iam::aws:policy/AdministratorAccess\"");
        String plan = plan(permissionSet() + "," + admin + ","
                + customerPolicy("aws_iam_policy.fence", "fence", "/", allow("s3:*")) + ","
                + onSet(
                        "aws_ssoadmin_permissions_boundary_attachment.fence",
                        ",\"permissions_boundary\":[{"
                                + "\"managed_policy_arn\":\"\",\"customer_managed_policy_reference\":[{\"name\":\"fence\","
                                + "\"path\":\"/\"}]}]"));
        PrincipalModel m = model(plan);
        Principal ops = principal(m, "aws_ssoadmin_permission_set.ops");
        assertEquals("fence", ops.boundary().orElseThrow().name());
        assertFalse(ops.administratorEquivalent(), "the boundary allows S3 only");
        assertEquals(
                List.of("aws_iam_policy.fence.policy"),
                m.boundaryOnly().stream().map(u -> u.origin()).toList());

        Principal awsBoundary = principal(
                model(plan(permissionSet() + "," + admin + ","
                        + onSet(
                                "aws_ssoadmin_permissions_boundary_attachment.fence",
                                ",\"permissions_boundary\":[{"
                                        + "\"managed_policy_arn\":\"arn:aws:iam::aws:policy/ReadOnlyAccess\","
                                        + "\"customer_managed_policy_reference\":[]}]"))),
                "aws_ssoadmin_permission_set.ops");
        assertEquals("ReadOnlyAccess", awsBoundary.boundary().orElseThrow().name());
        assertFalse(awsBoundary.administratorEquivalent());

        Principal unbounded = principal(model(plan(permissionSet() + "," + admin)), "aws_ssoadmin_permission_set.ops");
        assertTrue(unbounded.administratorEquivalent());
    }
}
