package io.iamgate.analyze.local.servicekey;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.condition.ConditionKeys;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;
import io.iamgate.reference.GlobalConditionKeys;

/**
 * A condition key with a known service prefix that the service does not define: the key is never in the
 * request context, so the condition never matches (or, negated, always does).
 */
@CheckInfo(
        issueCode = "INVALID_SERVICE_CONDITION_KEY",
        findingType = FindingType.ERROR,
        title = "Invalid service condition key",
        anchor = "error-invalid-service-condition-key")
public final class InvalidServiceConditionKeyCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        String key = condition.key();
        String prefix = ConditionKeys.prefix(key);
        if (prefix.isEmpty() || GlobalConditionKeys.hasGlobalPrefix(key) || ConditionKeys.isIdentityProviderKey(key)) {
            return;
        }
        boolean knownPrefix = ctx.reference().isConditionKeyPrefix(prefix)
                || ctx.reference().service(prefix).isPresent();
        if (knownPrefix
                && !ConditionKeys.isServiceTagKey(key)
                && ctx.reference().conditionKey(key).isEmpty()) {
            out.report(finding(
                    "The condition key " + key + " does not exist in the service " + prefix
                            + ". Use a valid condition key: see the service's condition keys in the Service Authorization "
                            + "Reference.",
                    condition.keyLocation()));
        }
    }
}
