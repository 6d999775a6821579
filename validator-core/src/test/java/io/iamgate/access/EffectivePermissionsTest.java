package io.iamgate.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.load.LocatedJsonParser;
import io.iamgate.model.PolicyDocument;
import io.iamgate.reference.ActionPattern;
import io.iamgate.reference.IamReference;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EffectivePermissionsTest {

    private static final IamReference REFERENCE = IamReference.bundled();

    static PolicyGrants policy(String name, String json) {
        return PolicyGrants.of(name, "f.json", "", PolicyDocument.of(new LocatedJsonParser().parse(json)), REFERENCE);
    }

    private static EffectivePermissions of(PolicyGrants... policies) {
        return EffectivePermissions.of(REFERENCE, Arrays.asList(policies), Optional.empty());
    }

    private static final String ADMIN = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
            """;

    @Test
    void starOnStarIsAdministrator() {
        EffectivePermissions p = of(policy("admin", ADMIN));
        assertTrue(p.isAdministratorEquivalent());
        assertTrue(p.allows("s3:GetObject", "arn:aws:s3:::b/k"));
        assertTrue(p.unboundedActions().isEverything());
    }

    @Test
    void allOfIamIsAdministratorEquivalent() {
        assertTrue(of(policy("iam", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:*", "Resource": "*"}]}
                """)).isAdministratorEquivalent());
    }

    @Test
    void unconditionalDenyOfIamRemovesAdministrator() {
        EffectivePermissions p = of(policy("admin", ADMIN), policy("guard", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "iam:*", "Resource": "*"}]}
                """));
        assertFalse(p.isAdministratorEquivalent());
        assertFalse(p.allows("iam:PassRole", "*"));
        assertTrue(p.allows("s3:PutObject", "*"));
    }

    @Test
    void conditionalDenyRemovesNothing() {
        EffectivePermissions p = of(policy("admin", ADMIN), policy("guard", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "iam:*", "Resource": "*",
                  "Condition": {"StringNotEquals": {"aws:PrincipalTag/team": "admins"}}}]}
                """));
        assertTrue(p.isAdministratorEquivalent());
    }

    @Test
    void boundaryGrantsNothingAndCutsWhatItDoesNotAllow() {
        PolicyGrants boundary = policy("boundary", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}
                """);
        EffectivePermissions bounded =
                EffectivePermissions.of(REFERENCE, List.of(policy("admin", ADMIN)), Optional.of(boundary));
        assertFalse(bounded.isAdministratorEquivalent());
        assertTrue(bounded.allows("s3:GetObject", "*"));
        assertFalse(bounded.allows("iam:PassRole", "*"));
        EffectivePermissions boundaryAlone = EffectivePermissions.of(REFERENCE, List.of(), Optional.of(boundary));
        assertFalse(boundaryAlone.allows("s3:GetObject", "*"));
    }

    @Test
    void wildcardArnOfOneServiceCoversNothingOfAnother() {
        EffectivePermissions p = of(policy("mixed", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Action": ["iam:PassRole", "s3:GetObject"], "Resource": "arn:aws:s3:::*"}]}
                """));
        assertFalse(p.allows("iam:PassRole", "*"));
        assertFalse(p.allows("iam:PassRole", "arn:aws:iam::111122223333:role/admin"));
        assertTrue(p.allows("s3:GetObject", "*"));
    }

    @Test
    void roleWildcardInAnyAccountCoversEveryRole() {
        EffectivePermissions p = of(policy("pass", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:PassRole",
                  "Resource": "arn:aws:iam::*:role/*"}]}
                """));
        assertTrue(p.allows("iam:PassRole", "*"));
    }

    @Test
    void namedResourcesCoverThoseResourcesOnly() {
        EffectivePermissions p = of(policy("objects", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject",
                  "Resource": "arn:aws:s3:::reports/*"}]}
                """));
        assertTrue(p.allows("s3:GetObject", "arn:aws:s3:::reports/2024.csv"));
        assertFalse(p.allows("s3:GetObject", "arn:aws:s3:::secrets/key"));
        assertFalse(p.allows("s3:GetObject", "*"));
    }

    @Test
    void regionAndMfaConditionsDoNotLimitButOtherKeysDo() {
        EffectivePermissions open = of(policy("region", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:*", "Resource": "*",
                  "Condition": {"StringEquals": {"aws:RequestedRegion": "eu-west-1"},
                                "Bool": {"aws:MultiFactorAuthPresent": "true"}}}]}
                """));
        assertTrue(open.isAdministratorEquivalent());
        EffectivePermissions limited = of(policy("tagged", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:*", "Resource": "*",
                  "Condition": {"StringEquals": {"aws:ResourceTag/team": "platform"}}}]}
                """));
        assertFalse(limited.isAdministratorEquivalent());
    }

    @Test
    void passedToServiceLimitsOnlyPathsToOtherServices() {
        EffectivePermissions p = of(policy("pass", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*",
                  "Condition": {"StringEquals": {"iam:PassedToService": "lambda.amazonaws.com"}}}]}
                """));
        assertFalse(p.allowing("iam:PassRole", "*", "lambda.amazonaws.com").isEmpty());
        assertTrue(p.allowing("iam:PassRole", "*", "ec2.amazonaws.com").isEmpty());
    }

    @Test
    void notActionAllowsEverythingElse() {
        EffectivePermissions p = of(policy("power-user", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}]}
                """));
        assertTrue(p.allows("s3:DeleteBucket", "*"));
        assertFalse(p.allows("iam:PassRole", "*"));
        assertFalse(p.isAdministratorEquivalent());
    }

    @Test
    void notResourceExcludesWhatItNames() {
        EffectivePermissions p = of(policy("all-but", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:PassRole",
                  "NotResource": "arn:aws:iam::111122223333:role/admin"}]}
                """));
        assertTrue(p.allows("iam:PassRole", "arn:aws:iam::111122223333:role/app"));
        assertFalse(p.allows("iam:PassRole", "arn:aws:iam::111122223333:role/admin"));
        assertFalse(p.allows("iam:PassRole", "*"));
    }

    @Test
    void escalationPathAcrossTwoPoliciesNamesBoth() {
        EffectivePermissions p = of(policy("deploy-pass", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:PassRole",
                  "Resource": "arn:aws:iam::111122223333:role/admin"}]}
                """), policy("functions", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Action": ["lambda:CreateFunction", "lambda:InvokeFunction"], "Resource": "*"}]}
                """));
        assertTrue(p.escalationPaths(List.of()).isEmpty(), "PassRole on one role that is not known to be powerful");
        List<EscalationPath> paths = p.escalationPaths(List.of("arn:aws:iam::111122223333:role/admin"));
        EscalationPath lambda = paths.stream()
                .filter(e -> e.method().issueCode().equals("IAMGATE_PRIVESC_PASS_ROLE_LAMBDA_INVOKE"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("deploy-pass", "functions"), List.copyOf(lambda.policies()));
        assertTrue(lambda.spansPolicies());
    }

    @Test
    void onEveryResourceTheNamedActionsAreThoseTheReferenceExpandsTheEntriesTo() {
        // Statements on "*" are expanded by name alone; the reference's expansion action by action is the measure.
        ActionSet everywhere = policy("read", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Resource": "*", "Action":
                  ["s3:Get*", "ec2:Describe?nstances", "*:ListTagsForResource", "sts:GetCallerIdentity"]}]}
                """).grants().get(0).actions();
        assertEquals(
                expanded("s3:Get*", "ec2:Describe?nstances", "*:ListTagsForResource", "sts:GetCallerIdentity"),
                everywhere);
        assertTrue(everywhere.contains("s3:GetObject"));
        assertTrue(everywhere.contains("EC2:describeinstances"));
        assertFalse(everywhere.contains("s3:PutObject"));
        assertFalse(everywhere.contains("s3:NoSuchAction"));
    }

    @Test
    void notActionOnEveryResourceIsEveryActionButThose() {
        ActionSet actions = policy("power-user", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "NotAction": ["iam:*", "s3:Delete*"],
                  "Resource": "*"}]}
                """).grants().get(0).actions();
        ActionSet excluded = expanded("iam:*", "s3:Delete*");
        assertEquals(ActionSet.all(REFERENCE).minus(excluded), actions);
        assertEquals(ActionSet.all(REFERENCE).size() - excluded.size(), actions.size());
        assertTrue(policy("nothing", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "NotAction": "*", "Resource": "*"}]}
                """).grants().isEmpty(), "NotAction * on every resource allows nothing");
    }

    private static ActionSet expanded(String... entries) {
        return ActionSet.of(
                REFERENCE,
                Arrays.stream(entries)
                        .flatMap(e -> ActionPattern.parse(e).matches(REFERENCE).stream())
                        .toList());
    }

    @Test
    void actionSetAlgebraIsPerAction() {
        ActionSet iam = policy("iam", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:*", "Resource": "*"}]}
                """).grants().get(0).actions();
        ActionSet pass = policy("pass", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"}]}
                """).grants().get(0).actions();
        assertTrue(iam.containsService("iam"));
        assertEquals(1, iam.intersect(pass).size());
        assertEquals(iam.size() - 1, iam.minus(pass).size());
        assertFalse(iam.minus(pass).contains("iam:PassRole"));
        assertEquals(List.of("iam:*"), iam.describe(5));
    }
}
