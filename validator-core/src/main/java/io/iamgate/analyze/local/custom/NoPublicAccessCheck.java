package io.iamgate.analyze.local.custom;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionOperator;
import io.iamgate.model.Finding;
import io.iamgate.model.FindingType;
import io.iamgate.model.PrincipalEntry;
import io.iamgate.model.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Offline CheckNoPublicAccess: an Allow statement of a resource or trust policy (of a type the API checks)
 * whose principal is anyone ({@code "*"} or {@code {"AWS": "*"}}) and that has no condition restricting who
 * or where from (a positive operator on an account, organization, ARN, VPC, IP or user key). Approximate:
 * it does not judge the condition values, service-specific keys or resource-specific public settings.
 */
@CheckInfo(issueCode = CustomCheckCodes.PUBLIC_ACCESS, findingType = FindingType.SECURITY_WARNING,
        title = "Resource policy grants public access", anchor = "")
public final class NoPublicAccessCheck extends PolicyCheck implements StatementCheck {

    /** Keys that, compared positively, tie a request to known principals, accounts or networks. */
    static final Set<String> RESTRICTING_KEYS = Set.of("aws:sourceaccount", "aws:sourcearn", "aws:sourceowner",
            "aws:sourceorgid", "aws:sourceorgpaths", "aws:principalaccount", "aws:principalarn", "aws:principalorgid",
            "aws:principalorgpaths", "aws:resourceaccount", "aws:resourceorgid", "aws:sourcevpc", "aws:sourcevpce",
            "aws:sourceip", "aws:userid", "aws:username", "aws:principalserviceName".toLowerCase(Locale.ROOT),
            "kms:calleraccount", "aws:principalisawsservice", "aws:sourcevpcarn");

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (!ctx.policyType().hasPrincipals() || !statement.isAllow()
                || !CustomCheckCodes.checksPublicAccess(ctx.resourceType())) {
            return;
        }
        boolean anyone = statement.principalEntries().stream()
                .anyMatch(p -> !p.isNegated() && p.isAnyone());
        if (!anyone || restricted(statement)) {
            return;
        }
        out.report(Finding.of(FindingType.SECURITY_WARNING, CustomCheckCodes.PUBLIC_ACCESS,
                "The resource policy grants public access for the given resource type. Public access granted in "
                        + "the statement with index: " + Grants.index(statement)
                        + ". (offline check, condition values not evaluated)",
                CustomCheckCodes.LEARN_MORE, "local", List.of(statement.location())));
    }

    private static boolean restricted(Statement statement) {
        for (Statement.ConditionBlock block : statement.conditionBlocks()) {
            ConditionOperator.Base base = block.operator().base();
            if (base == null || base.negated() || base.family() == ConditionOperator.Family.NULL) {
                continue;
            }
            for (ConditionEntry e : block.entries()) {
                if (RESTRICTING_KEYS.contains(e.key().toLowerCase(Locale.ROOT)) && !e.values().isEmpty()
                        && e.values().stream().noneMatch(v -> v.text().equals("*"))) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isAnyone(PrincipalEntry p) {
        return !p.isNegated() && p.isAnyone();
    }
}
