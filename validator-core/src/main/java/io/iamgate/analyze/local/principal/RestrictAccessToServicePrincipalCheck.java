package io.iamgate.analyze.local.principal;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.analyze.local.condition.caller.CallerLimits;
import io.iamgate.model.FindingType;
import io.iamgate.model.PrincipalEntry;
import io.iamgate.model.Statement;

/**
 * A resource policy that lets a service principal in without saying for which source resource or account
 * lets anyone's use of that service reach this resource (the confused deputy). A statement that scopes
 * the service with a weaker key gets RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL instead.
 */
@CheckInfo(
        issueCode = "RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL",
        findingType = FindingType.SECURITY_WARNING,
        title = "Restrict access to service principal",
        anchor = "security-warning-restrict-access-to-service-principal")
public final class RestrictAccessToServicePrincipalCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (!Principals.isPlainResourcePolicy(ctx)
                || !statement.isAllow()
                || CallerLimits.limitsCaller(statement, Principals.SOURCE_KEYS)
                || Principals.hasConditionKey(statement, WeakServiceScope.KEYS)) {
            return;
        }
        for (PrincipalEntry p : statement.principalEntries()) {
            if (!p.isNegated() && Principals.isService(p)) {
                out.report(finding(
                        "The service principal " + p.value() + " is allowed without a source condition, so "
                                + "it can act here on behalf of any account. Add aws:SourceArn, aws:SourceAccount, "
                                + "aws:SourceOrgID or aws:SourceOrgPaths.",
                        p.location()));
            }
        }
    }
}
