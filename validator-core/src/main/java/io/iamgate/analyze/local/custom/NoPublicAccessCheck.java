package io.iamgate.analyze.local.custom;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.analyze.local.condition.caller.CallerLimits;
import io.iamgate.model.Finding;
import io.iamgate.model.FindingType;
import io.iamgate.model.PrincipalEntry;
import io.iamgate.model.Statement;
import java.util.List;

/**
 * Offline CheckNoPublicAccess: an Allow statement of a resource or trust policy (of a type the API checks)
 * whose principal is anyone ({@code "*"} or {@code {"AWS": "*"}}) and that has no condition limiting who or
 * where from, judged by what the condition admits ({@link CallerLimits}). Approximate: it does not judge
 * service-specific keys or resource-specific public settings.
 */
@CheckInfo(
        issueCode = CustomCheckCodes.PUBLIC_ACCESS,
        findingType = FindingType.SECURITY_WARNING,
        title = "Resource policy grants public access",
        anchor = "")
public final class NoPublicAccessCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (!ctx.policyType().hasPrincipals()
                || !statement.isAllow()
                || !CustomCheckCodes.checksPublicAccess(ctx.resourceType())) {
            return;
        }
        boolean anyone = statement.principalEntries().stream().anyMatch(p -> !p.isNegated() && p.isAnyone());
        if (!anyone || CallerLimits.limitsCaller(statement)) {
            return;
        }
        out.report(Finding.of(
                FindingType.SECURITY_WARNING,
                CustomCheckCodes.PUBLIC_ACCESS,
                "The resource policy grants public access for the given resource type. Public access granted in "
                        + "the statement with index: " + Grants.index(statement)
                        + ". (offline check)",
                CustomCheckCodes.LEARN_MORE,
                "local",
                List.of(statement.location())));
    }

    static boolean isAnyone(PrincipalEntry p) {
        return !p.isNegated() && p.isAnyone();
    }
}
