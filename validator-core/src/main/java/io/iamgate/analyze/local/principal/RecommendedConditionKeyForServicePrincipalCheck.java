package io.iamgate.analyze.local.principal;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.analyze.local.condition.caller.CallerLimits;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.PrincipalEntry;
import io.iamgate.model.Statement;
import java.util.Locale;

/**
 * A resource policy grants a service principal and scopes it with a key such as aws:Referer that does not
 * identify the resource or account the service acts for. Points at each such key.
 */
@CheckInfo(
        issueCode = "RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL",
        findingType = FindingType.SUGGESTION,
        title = "Recommended condition key for service principal",
        anchor = "suggestion-recommended-condition-key-for-service-principal")
public final class RecommendedConditionKeyForServicePrincipalCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (!Principals.isPlainResourcePolicy(ctx)
                || !statement.isAllow()
                || CallerLimits.limitsCaller(statement, Principals.SOURCE_KEYS)) {
            return;
        }
        PrincipalEntry service = statement.principalEntries().stream()
                .filter(p -> !p.isNegated() && Principals.isService(p))
                .findFirst()
                .orElse(null);
        if (service == null) {
            return;
        }
        for (Statement.ConditionBlock block : statement.conditionBlocks()) {
            for (ConditionEntry entry : block.entries()) {
                if (WeakServiceScope.KEYS.contains(entry.key().toLowerCase(Locale.ROOT))) {
                    out.report(finding(
                            entry.key() + " does not say on whose behalf " + service.value() + " acts. "
                                    + "Scope the service principal with aws:SourceArn, aws:SourceAccount, aws:SourceOrgID or "
                                    + "aws:SourceOrgPaths instead.",
                            entry.keyLocation()));
                }
            }
        }
    }
}
