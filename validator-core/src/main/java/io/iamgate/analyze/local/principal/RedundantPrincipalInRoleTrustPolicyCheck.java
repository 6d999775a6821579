package io.iamgate.analyze.local.principal;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.PrincipalEntry;
import io.iamgate.model.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * A trust policy that trusts a role already trusts every session of it, so also listing an assumed-role
 * session ARN of that role (arn:aws:sts::111122223333:assumed-role/R/s) adds nothing.
 */
@CheckInfo(
        issueCode = "REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY",
        findingType = FindingType.SUGGESTION,
        title = "Redundant principal in role trust policy",
        anchor = "suggestion-redundant-principal-in-role-trust-policy")
public final class RedundantPrincipalInRoleTrustPolicyCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (!ctx.isTrustPolicy()) {
            return;
        }
        Set<String> roles = new HashSet<>();
        for (PrincipalEntry p : statement.principalEntries()) {
            String role = roleKey(p);
            if (role != null) {
                roles.add(role);
            }
        }
        if (roles.isEmpty()) {
            return;
        }
        for (PrincipalEntry p : statement.principalEntries()) {
            String session = sessionRoleKey(p);
            if (session != null && roles.contains(session)) {
                out.report(finding(
                        "The assumed-role session \"" + p.value() + "\" is already covered by its role, "
                                + "which this statement also trusts. Remove the session principal.",
                        p.location()));
            }
        }
    }

    /** partition|account|roleName for arn:P:iam::A:role/[path/]Name under AWS of Principal; else null. */
    private static String roleKey(PrincipalEntry p) {
        String[] arn = awsArn(p, "iam");
        if (arn == null || !arn[5].startsWith("role/")) {
            return null;
        }
        String name = arn[5].substring(arn[5].lastIndexOf('/') + 1);
        return arn[1] + "|" + arn[4] + "|" + name;
    }

    /** partition|account|roleName for arn:P:sts::A:assumed-role/Name/session; else null. */
    private static String sessionRoleKey(PrincipalEntry p) {
        String[] arn = awsArn(p, "sts");
        if (arn == null || !arn[5].startsWith("assumed-role/")) {
            return null;
        }
        String[] parts = arn[5].split("/", -1);
        return parts.length == 3 ? arn[1] + "|" + arn[4] + "|" + parts[1] : null;
    }

    private static String[] awsArn(PrincipalEntry p, String service) {
        if (p.isNegated() || !p.type().equals("AWS")) {
            return null;
        }
        String[] arn = p.value().split(":", 6);
        return arn.length == 6 && arn[0].equals("arn") && arn[2].equals(service) ? arn : null;
    }
}
