package io.iamgate.principal;

import static io.iamgate.principal.PrincipalFixture.principal;
import static io.iamgate.principal.TerraformPlanFixture.EC2_TRUST;
import static io.iamgate.principal.TerraformPlanFixture.json;
import static io.iamgate.principal.TerraformPlanFixture.model;
import static io.iamgate.principal.TerraformPlanFixture.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SCPs of a Terraform plan: their targets come from aws_organizations_policy_attachment, and they are applied
 * only when the plan says which account it is applied in (its aws provider's allowed_account_ids).
 */
class TerraformOrganizationPoliciesTest {

    private static final String DENY_IAM = json("""
            {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:*","Resource":"*"}]}""");

    /** An administrator role, an SCP denying IAM (its id known after apply) attached to {@code target}. */
    private static String plan(String target, String allowedAccounts) {
        String resources = String.join(
                ",",
                resource(
                        "aws_iam_role.deploy",
                        "{\"name\":\"deploy\",\"path\":\"/\",\"assume_role_policy\":" + json(EC2_TRUST) + "}"),
                resource(
                        "aws_iam_role_policy_attachment.admin",
                        "{\"role\":\"deploy\"," + "\"policy_arn\":\"arn:aws:iam::aws:policy/AdministratorAccess\"}"),
                resource(
                        "aws_organizations_policy.guard",
                        "{\"name\":\"guard\",\"type\":\"SERVICE_CONTROL_POLICY\"," + "\"content\":" + DENY_IAM + "}"),
                resource("aws_organizations_policy_attachment.guard", "{\"target_id\":\"" + target + "\"}"));
        String provider = allowedAccounts.isEmpty() ? "" : """
                "provider_config":{"aws":{"name":"aws","expressions":{"allowed_account_ids":{"constant_value":%s}}}},
                """.formatted(allowedAccounts);
        return """
                {"format_version":"1.2",
                 "planned_values":{"root_module":{"resources":[%s]}},
                 "resource_changes":[
                  {"address":"aws_organizations_policy.guard","change":{"after_unknown":{"id":true}}},
                  {"address":"aws_organizations_policy_attachment.guard","change":{"after_unknown":{"policy_id":true}}}],
                 "configuration":{%s"root_module":{"resources":[
                  {"address":"aws_organizations_policy_attachment.guard","mode":"managed",
                   "type":"aws_organizations_policy_attachment","name":"guard","expressions":{
                   "policy_id":{"references":["aws_organizations_policy.guard.id","aws_organizations_policy.guard"]},
                   "target_id":{"constant_value":"%s"}}}]}}}
                """.formatted(resources, provider, target);
    }

    @Test
    void scpAttachedToThePlansOnlyAllowedAccountTakesIamAwayFromItsAdministrator() {
        PrincipalModel m = model(plan("111122223333", "[\"111122223333\"]"));
        assertFalse(principal(m, "aws_iam_role.deploy").administratorEquivalent(), "the SCP denies all of IAM");
        OrganizationPolicy scp = m.organizationPolicies().get(0);
        assertEquals("aws_organizations_policy.guard", scp.name());
        assertEquals(List.of("111122223333"), scp.targets());
        assertEquals(List.of("111122223333"), scp.appliedToAccounts());
        assertTrue(scp.note().contains("assuming it is a member account"), scp.note());

        PrincipalModel elsewhere = model(plan("444455556666", "[\"111122223333\"]"));
        assertTrue(principal(elsewhere, "aws_iam_role.deploy").administratorEquivalent());
        OrganizationPolicy listed = elsewhere.organizationPolicies().get(0);
        assertEquals(List.of("444455556666"), listed.targets());
        assertFalse(listed.applied());
        assertTrue(listed.note().startsWith("not applied"), listed.note());
    }

    @Test
    void planThatDoesNotNameOneAccountIsNotKnownToDeployAnywhereSoItsScpIsNotApplied() {
        for (String allowed : List.of("", "[\"111122223333\",\"444455556666\"]")) {
            PrincipalModel m = model(plan("111122223333", allowed));
            assertTrue(principal(m, "aws_iam_role.deploy").administratorEquivalent(), allowed);
            OrganizationPolicy scp = m.organizationPolicies().get(0);
            assertEquals(List.of("111122223333"), scp.targets(), "the attachment's target is listed");
            assertFalse(scp.applied(), allowed);
        }
    }

    @Test
    void scpWithoutAnAttachmentHasTargetsUnknown() {
        // The same resource as another type: nothing attaches the SCP.
        String plan = plan("111122223333", "[\"111122223333\"]")
                .replace("\"type\":\"aws_organizations_policy_attachment\"", "\"type\":\"aws_organizations_account\"");
        PrincipalModel m = model(plan);
        OrganizationPolicy scp = m.organizationPolicies().get(0);
        assertEquals(List.of(), scp.targets());
        assertTrue(scp.note().contains("targets unknown"), scp.note());
        assertTrue(principal(m, "aws_iam_role.deploy").administratorEquivalent());
    }
}
