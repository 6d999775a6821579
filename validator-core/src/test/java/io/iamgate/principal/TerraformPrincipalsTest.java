package io.iamgate.principal;

import static io.iamgate.principal.PrincipalFixture.principal;
import static io.iamgate.principal.TerraformPlanFixture.EC2_TRUST;
import static io.iamgate.principal.TerraformPlanFixture.allow;
import static io.iamgate.principal.TerraformPlanFixture.json;
import static io.iamgate.principal.TerraformPlanFixture.model;
import static io.iamgate.principal.TerraformPlanFixture.plan;
import static io.iamgate.principal.TerraformPlanFixture.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.analyze.principals.PrincipalAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The principal model of a Terraform plan, one attachment form per test, each with a safe twin. */
class TerraformPrincipalsTest {

    private static String role(String address, String name, String more) {
        return resource(
                address,
                "{\"name\":\"" + name + "\",\"path\":\"/\",\"assume_role_policy\":" + json(EC2_TRUST) + more + "}");
    }

    /** An aws_iam_role_policy named like its address, on the role of that name. */
    private static String rolePolicy(String name, String role, String policy) {
        return resource(
                "aws_iam_role_policy." + name,
                "{\"name\":\"" + name + "\",\"role\":\"" + role + "\",\"policy\":" + policy + "}");
    }

    private static List<String> findings(PrincipalModel m) {
        return new PrincipalAnalyzer()
                .analyze(m).stream().map(f -> f.finding().issueCode()).toList();
    }

    @Test
    void inlinePolicyBlockOfARoleGrantsWhatItAllows() {
        PrincipalModel admin = model(plan(role(
                "aws_iam_role.ops",
                "ops",
                ",\"inline_policy\":[{\"name\":\"everything\",\"policy\":" + allow("*") + "}]")));
        Principal ops = principal(admin, "aws_iam_role.ops");
        assertEquals(PrincipalKind.ROLE, ops.kind());
        assertEquals("everything", ops.policies().get(0).name());
        assertEquals(AttachmentKind.INLINE, ops.policies().get(0).kind());
        assertEquals(
                "aws_iam_role.ops.inline_policy[0].policy",
                ops.policies().get(0).origin());
        assertTrue(ops.administratorEquivalent());

        PrincipalModel reader = model(plan(role(
                "aws_iam_role.ops",
                "ops",
                ",\"inline_policy\":[{\"name\":\"read\",\"policy\":" + allow("s3:GetObject") + "}]")));
        assertFalse(principal(reader, "aws_iam_role.ops").administratorEquivalent());
        assertEquals(List.of(), findings(reader));
    }

    @Test
    void rolePolicyResourceLinksToItsRoleByName() {
        String plan = plan(role("aws_iam_role.worker", "worker", "") + ","
                + rolePolicy("own", "worker", allow("iam:*")) + ","
                + rolePolicy("other", "someone-else", allow("*")));
        Principal worker = principal(model(plan), "aws_iam_role.worker");
        assertEquals(
                List.of("own"), worker.policies().stream().map(Attachment::name).toList());
        assertEquals("aws_iam_role_policy.own.policy", worker.policies().get(0).origin());
        assertTrue(worker.powerful(), "iam:* on everything lets the role grant itself anything");

        Principal safe = principal(model(plan.replace(allow("iam:*"), allow("s3:GetObject"))), "aws_iam_role.worker");
        assertFalse(safe.powerful());
    }

    @Test
    void awsManagedAdministratorAccessAttachedByRolePolicyAttachmentMakesAnAdministrator() {
        String plan = plan(role("aws_iam_role.deploy", "deploy", "") + ","
                + resource(
                        "aws_iam_role_policy_attachment.admin",
                        "{\"role\":\"deploy\"," + "\"policy_arn\":\"arn:aws:iam::aws:policy/AdministratorAccess\"}"));
        PrincipalModel m = model(plan);
        Principal deploy = principal(m, "aws_iam_role.deploy");
        assertEquals(AttachmentKind.AWS_MANAGED, deploy.policies().get(0).kind());
        assertTrue(deploy.administratorEquivalent());
        assertEquals(List.of("IAMGATE_PRINCIPAL_ADMINISTRATOR"), findings(m));

        PrincipalModel safe = model(plan.replace("AdministratorAccess", "ReadOnlyAccess"));
        assertFalse(principal(safe, "aws_iam_role.deploy").administratorEquivalent());
        assertEquals(List.of(), findings(safe));
    }

    @Test
    void policyAttachmentReachesItsRolesUsersAndGroups() {
        String plan = plan(role("aws_iam_role.r", "r", "") + ","
                + resource("aws_iam_user.u", "{\"name\":\"u\",\"path\":\"/\"}") + ","
                + resource("aws_iam_group.g", "{\"name\":\"g\",\"path\":\"/\"}") + ","
                + resource(
                        "aws_iam_policy.p",
                        "{\"name\":\"shared\",\"arn\":\"arn:aws:iam::111122223333:policy/shared\"," + "\"policy\":"
                                + allow("s3:*") + "}")
                + ","
                + resource(
                        "aws_iam_policy_attachment.p",
                        "{\"name\":\"shared\",\"roles\":[\"r\"],\"users\":[\"u\"],"
                                + "\"groups\":[\"g\"],\"policy_arn\":\"arn:aws:iam::111122223333:policy/shared\"}"));
        PrincipalModel m = model(plan);
        for (String address : List.of("aws_iam_role.r", "aws_iam_user.u", "aws_iam_group.g")) {
            Attachment a = principal(m, address).policies().get(0);
            assertEquals("shared", a.name(), address);
            assertEquals(AttachmentKind.CUSTOMER_MANAGED, a.kind(), address);
            assertEquals("aws_iam_policy.p.policy", a.origin(), address);
        }
        PrincipalModel none = model(plan.replace(
                "\"roles\":[\"r\"],\"users\":[\"u\"],\"groups\":[\"g\"]", "\"roles\":[],\"users\":[],\"groups\":[]"));
        assertTrue(none.principals().stream().allMatch(p -> p.policies().isEmpty()));
    }

    @Test
    void userAndGroupPoliciesAndTheUserAttachmentLinkByName() {
        String plan = plan(resource("aws_iam_user.dana", "{\"name\":\"dana\",\"path\":\"/\"}") + ","
                + resource("aws_iam_group.ops", "{\"name\":\"ops\",\"path\":\"/\"}") + ","
                + resource(
                        "aws_iam_user_policy.own",
                        "{\"name\":\"own\",\"user\":\"dana\",\"policy\":" + allow("sqs:SendMessage") + "}")
                + ","
                + resource(
                        "aws_iam_group_policy.ops",
                        "{\"name\":\"ops-inline\",\"group\":\"ops\",\"policy\":" + allow("sns:Publish") + "}")
                + ","
                + resource(
                        "aws_iam_user_policy_attachment.admin",
                        "{\"user\":\"dana\"," + "\"policy_arn\":\"arn:aws:iam::aws:policy/AdministratorAccess\"}"));
        PrincipalModel m = model(plan);
        Principal dana = principal(m, "aws_iam_user.dana");
        assertEquals(
                List.of("own", "AdministratorAccess"),
                dana.policies().stream().map(Attachment::name).toList());
        assertEquals("aws_iam_user_policy.own.policy", dana.policies().get(0).origin());
        assertTrue(dana.administratorEquivalent());
        Principal ops = principal(m, "aws_iam_group.ops");
        assertEquals(
                List.of("ops-inline"),
                ops.policies().stream().map(Attachment::name).toList());
        assertTrue(ops.permissions().allows("sns:Publish", "*"));

        Principal other = principal(model(plan.replace("\"user\":\"dana\"", "\"user\":\"erin\"")), "aws_iam_user.dana");
        assertTrue(other.policies().isEmpty(), "attached to another user");
    }

    @Test
    void userHasTheGroupPoliciesOfBothMembershipForms() {
        String plan = plan(resource("aws_iam_user.alice", "{\"name\":\"alice\",\"path\":\"/\"}") + ","
                + resource("aws_iam_user.bob", "{\"name\":\"bob\",\"path\":\"/\"}") + ","
                + resource("aws_iam_user.carol", "{\"name\":\"carol\",\"path\":\"/\"}") + ","
                + resource("aws_iam_group.admins", "{\"name\":\"admins\",\"path\":\"/\"}") + ","
                + resource(
                        "aws_iam_group_policy_attachment.admins",
                        "{\"group\":\"admins\"," + "\"policy_arn\":\"arn:aws:iam::aws:policy/AdministratorAccess\"}")
                + ","
                + resource("aws_iam_user_group_membership.alice", "{\"user\":\"alice\",\"groups\":[\"admins\"]}") + ","
                + resource(
                        "aws_iam_group_membership.team",
                        "{\"name\":\"team\",\"group\":\"admins\"," + "\"users\":[\"bob\"]}"));
        PrincipalModel m = model(plan);
        for (String user : List.of("aws_iam_user.alice", "aws_iam_user.bob")) {
            Principal p = principal(m, user);
            assertEquals(List.of("aws_iam_group.admins"), p.groups(), user);
            assertEquals(
                    java.util.Optional.of("aws_iam_group.admins"),
                    p.policies().get(0).viaGroup(),
                    user);
            assertTrue(p.administratorEquivalent(), user);
        }
        Principal carol = principal(m, "aws_iam_user.carol");
        assertTrue(carol.groups().isEmpty());
        assertFalse(carol.administratorEquivalent());
    }

    @Test
    void policyArnUnknownAtPlanTimeIsFollowedThroughTheConfigurationReferences() {
        String resources = role("aws_iam_role.app", "app", "") + ","
                + resource("aws_iam_policy.x", "{\"name\":\"x\",\"policy\":" + allow("iam:PutRolePolicy") + "}") + ","
                + resource("aws_iam_role_policy_attachment.x", "{\"role\":\"app\"}");
        String changes = """
                {"address":"aws_iam_policy.x","change":{"after_unknown":{"arn":true,"id":true}}},
                {"address":"aws_iam_role_policy_attachment.x","change":{"after_unknown":{"policy_arn":true,"id":true}}}
                """;
        String configuration = """
                {"address":"aws_iam_role_policy_attachment.x","mode":"managed","type":"aws_iam_role_policy_attachment",
                 "name":"x","expressions":{"role":{"references":["aws_iam_role.app.name","aws_iam_role.app"]},
                 "policy_arn":{"references":["REFERENCE.arn","REFERENCE"]}}}
                """;
        Principal app = principal(
                model(plan(resources, changes, configuration.replace("REFERENCE", "aws_iam_policy.x"))),
                "aws_iam_role.app");
        assertEquals(List.of("x"), app.policies().stream().map(Attachment::name).toList());
        assertTrue(app.unknownLinks().isEmpty(), app.unknownLinks().toString());
        assertTrue(app.powerful(), "PutRolePolicy on every role is an escalation path");

        Principal viaModule = principal(
                model(plan(resources, changes, configuration.replace("REFERENCE", "module.shared.policy"))),
                "aws_iam_role.app");
        assertTrue(viaModule.policies().isEmpty());
        assertEquals(1, viaModule.unknownLinks().size());
        assertTrue(
                viaModule.unknownLinks().get(0).reason().contains("module.shared.policy"),
                viaModule.unknownLinks().get(0).reason());
        assertFalse(viaModule.powerful());
    }

    @Test
    void unknownLinkIsFollowedThroughAModuleOutputAndAModuleInput() {
        String plan = """
                {"format_version":"1.2",
                 "planned_values":{"root_module":{"resources":[ROLE,ATTACH],"child_modules":[{"address":"module.shared",
                   "resources":[POLICY,INNER]}]}},
                 "resource_changes":[
                   {"address":"module.shared.aws_iam_policy.p","change":{"after_unknown":{"arn":true}}},
                   {"address":"module.shared.aws_iam_role_policy_attachment.inner",
                    "change":{"after_unknown":{"policy_arn":true}}},
                   {"address":"aws_iam_role_policy_attachment.app","change":{"after_unknown":{"policy_arn":true}}}],
                 "configuration":{"root_module":{
                   "resources":[{"address":"aws_iam_role_policy_attachment.app","mode":"managed",
                     "type":"aws_iam_role_policy_attachment","name":"app","expressions":{"role":{"constant_value":"app"},
                     "policy_arn":{"references":["module.shared.OUTPUT","module.shared"]}}}],
                   "module_calls":{"shared":{"source":"./shared",
                     "expressions":{"extra_policy":{"references":["module.shared.OUTPUT","module.shared"]}},
                     "module":{"outputs":{"policy_arn":{"expression":{"references":["aws_iam_policy.p.arn","aws_iam_policy.p"]}}},
                       "resources":[{"address":"aws_iam_role_policy_attachment.inner","mode":"managed",
                         "type":"aws_iam_role_policy_attachment","name":"inner","expressions":{
                         "role":{"constant_value":"worker"},"policy_arn":{"references":["var.extra_policy"]}}}]}}}}}}
                """.replace("ROLE", role("aws_iam_role.app", "app", ""))
                .replace("ATTACH", resource("aws_iam_role_policy_attachment.app", "{\"role\":\"app\"}"))
                .replace(
                        "POLICY",
                        resource(
                                "module.shared.aws_iam_policy.p",
                                "{\"name\":\"p\",\"policy\":" + allow("iam:PutRolePolicy") + "}"))
                .replace(
                        "INNER",
                        role("module.shared.aws_iam_role.worker", "worker", "") + ","
                                + resource(
                                        "module.shared.aws_iam_role_policy_attachment.inner", "{\"role\":\"worker\"}"));
        PrincipalModel m = model(plan.replace("OUTPUT", "policy_arn"));
        assertEquals(
                List.of("p"),
                principal(m, "aws_iam_role.app").policies().stream()
                        .map(Attachment::name)
                        .toList());
        assertEquals(
                List.of("p"),
                principal(m, "module.shared.aws_iam_role.worker").policies().stream()
                        .map(Attachment::name)
                        .toList());

        PrincipalModel wrongOutput = model(plan.replace("OUTPUT", "no_such_output"));
        assertTrue(principal(wrongOutput, "aws_iam_role.app").policies().isEmpty());
        assertEquals(
                1, principal(wrongOutput, "aws_iam_role.app").unknownLinks().size());
    }

    @Test
    void referenceToOneOfSeveralInstancesLinksOnlyWhenItNamesTheInstance() {
        String resources = role("aws_iam_role.app", "app", "") + ","
                + resource("aws_iam_policy.p[0]", "{\"name\":\"p0\",\"policy\":" + allow("s3:GetObject") + "}") + ","
                + resource("aws_iam_policy.p[1]", "{\"name\":\"p1\",\"policy\":" + allow("iam:PutRolePolicy") + "}")
                + ","
                + resource("aws_iam_role_policy_attachment.a", "{\"role\":\"app\"}");
        String changes = """
                {"address":"aws_iam_role_policy_attachment.a","change":{"after_unknown":{"policy_arn":true}}}
                """;
        String configuration = """
                {"address":"aws_iam_role_policy_attachment.a","mode":"managed","type":"aws_iam_role_policy_attachment",
                 "name":"a","expressions":{"policy_arn":{"references":[REFERENCES]}}}
                """;
        Principal indexed = principal(
                model(plan(
                        resources,
                        changes,
                        configuration.replace(
                                "REFERENCES",
                                "\"aws_iam_policy.p[1].arn\",\"aws_iam_policy.p[1]\",\"aws_iam_policy.p\""))),
                "aws_iam_role.app");
        assertEquals(
                List.of("p1"), indexed.policies().stream().map(Attachment::name).toList());
        assertTrue(indexed.unknownLinks().isEmpty(), indexed.unknownLinks().toString());

        Principal bare = principal(
                model(plan(resources, changes, configuration.replace("REFERENCES", "\"aws_iam_policy.p\""))),
                "aws_iam_role.app");
        assertTrue(bare.policies().isEmpty());
        assertTrue(
                bare.unknownLinks().get(0).reason().contains("one of 2 instances of aws_iam_policy.p"),
                bare.unknownLinks().get(0).reason());
    }

    @Test
    void computedAttributeTheConfigurationDoesNotSetLinksNothing() {
        String resources = role("aws_iam_role.app", "app", "");
        String changes = """
                {"address":"aws_iam_role.app","change":{"after_unknown":{"arn":true,"managed_policy_arns":true}}}
                """;
        String configuration = """
                {"address":"aws_iam_role.app","mode":"managed","type":"aws_iam_role","name":"app",
                 "expressions":{"name":{"constant_value":"app"}SET}}
                """;
        Principal unset =
                principal(model(plan(resources, changes, configuration.replace("SET", ""))), "aws_iam_role.app");
        assertEquals(List.of(), unset.unknownLinks());

        Principal set = principal(
                model(plan(
                        resources,
                        changes,
                        configuration.replace("SET", ",\"managed_policy_arns\":{\"references\":[\"var.policies\"]}"))),
                "aws_iam_role.app");
        assertEquals(1, set.unknownLinks().size());
        assertTrue(
                set.unknownLinks().get(0).reason().contains("var.policies"),
                set.unknownLinks().get(0).reason());
    }

    @Test
    void passRoleAndLambdaInTwoPoliciesIsOneEscalationAcrossPolicies() {
        String plan = plan(role("aws_iam_role.ci", "ci", "") + ","
                + rolePolicy("pass", "ci", allow("iam:PassRole")) + ","
                + rolePolicy("lambda", "ci", allow("lambda:CreateFunction", "lambda:InvokeFunction")));
        PrincipalModel m = model(plan);
        assertTrue(
                findings(m).contains("IAMGATE_PRINCIPAL_PRIVESC_ACROSS_POLICIES"),
                findings(m).toString());

        PrincipalModel safe = model(plan.replace(allow("iam:PassRole"), allow("iam:GetRole")));
        assertEquals(List.of(), findings(safe));
    }

    @Test
    void administratorAssumableByAnyRepositoryOfAGithubOrganisationIsPowerfulAndOpen() {
        String trust = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRoleWithWebIdentity",
                "Principal":{"Federated":"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},
                "Condition":{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"},
                "StringLike":{"token.actions.githubusercontent.com:sub":"SUBJECT"}}}]}""";
        String plan = plan(resource(
                "aws_iam_role.deploy",
                "{\"name\":\"deploy\",\"path\":\"/\","
                        + "\"assume_role_policy\":" + json(trust) + ",\"managed_policy_arns\":"
                        + "[\"arn:aws:iam::aws:policy/AdministratorAccess\"]}"));
        PrincipalModel open = model(plan.replace("SUBJECT", "repo:org/*"));
        assertTrue(principal(open, "aws_iam_role.deploy").trust().anyGithubRepository());
        assertTrue(
                findings(open).contains("IAMGATE_PRINCIPAL_POWERFUL_AND_OPEN"),
                findings(open).toString());

        PrincipalModel pinned = model(plan.replace("SUBJECT", "repo:org/app:ref:refs/heads/main")
                .replace("AdministratorAccess", "ReadOnlyAccess"));
        assertFalse(principal(pinned, "aws_iam_role.deploy").trust().openToOutsiders());
        assertEquals(List.of(), findings(pinned));
    }

    @Test
    void policyOutsideThePlanAndUnknownAwsManagedArnAreUnknownLinks() {
        PrincipalModel m = model(
                plan(
                        role(
                                "aws_iam_role.app",
                                "app",
                                ",\"managed_policy_arns\":["
                                        + "\"arn:aws:iam::111122223333:policy/shared-deploy\",\"arn:aws:iam::aws:policy/AdministratorAcess\"]")));
        Principal app = principal(m, "aws_iam_role.app");
        assertTrue(app.policies().isEmpty());
        assertEquals(
                List.of("arn:aws:iam::111122223333:policy/shared-deploy", "arn:aws:iam::aws:policy/AdministratorAcess"),
                app.unknownLinks().stream().map(UnknownLink::value).toList());
        assertTrue(
                app.unknownLinks().get(1).reason().contains("AdministratorAccess"),
                app.unknownLinks().get(1).reason());
    }

    @Test
    void policyUsedOnlyAsBoundaryGrantsNothing() {
        String plan = plan(role(
                        "aws_iam_role.app",
                        "app",
                        ",\"permissions_boundary\":" + "\"arn:aws:iam::111122223333:policy/bound\"")
                + ","
                + resource(
                        "aws_iam_policy.bound",
                        "{\"name\":\"bound\",\"arn\":\"arn:aws:iam::111122223333:policy/bound\"," + "\"policy\":"
                                + allow("s3:*") + "}"));
        PrincipalModel m = model(plan);
        Principal app = principal(m, "aws_iam_role.app");
        assertEquals("bound", app.boundary().orElseThrow().name());
        assertTrue(app.policies().isEmpty());
        assertEquals(
                List.of("aws_iam_policy.bound.policy"),
                m.boundaryOnly().stream().map(u -> u.origin()).toList());
    }
}
