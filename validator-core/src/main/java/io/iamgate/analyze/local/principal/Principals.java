package io.iamgate.analyze.local.principal;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PrincipalEntry;
import io.iamgate.model.Statement;
import java.util.Locale;
import java.util.Set;

/** Facts about principals shared by the principal and trust checks. */
public final class Principals {

    public static final Set<String> KEYS = Set.of("AWS", "CanonicalUser", "Federated", "Service");

    /** The condition keys that tie a service principal to the resource or account it acts for. */
    public static final Set<String> SOURCE_KEYS =
            Set.of("aws:sourcearn", "aws:sourceaccount", "aws:sourceorgid", "aws:sourceorgpaths");

    private Principals() {}

    /** Policy types whose statements name principals (resource, role trust and resource control policies). */
    public static boolean apply(CheckContext ctx) {
        return ctx.isTrustPolicy() || ctx.policyType().hasPrincipals();
    }

    /** A resource policy other than a role trust policy. */
    public static boolean isPlainResourcePolicy(CheckContext ctx) {
        return ctx.policyType() == PolicyType.RESOURCE_POLICY && !ctx.isTrustPolicy();
    }

    public static boolean isService(PrincipalEntry p) {
        return p.type().equals("Service");
    }

    public static boolean isFederated(PrincipalEntry p) {
        return p.type().equals("Federated");
    }

    /** True when some condition of the statement uses one of {@code keys} (lower-case; IAM keys are case-insensitive). */
    public static boolean hasConditionKey(Statement statement, Set<String> keys) {
        for (Statement.ConditionBlock block : statement.conditionBlocks()) {
            for (var entry : block.entries()) {
                if (keys.contains(entry.key().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }
}
