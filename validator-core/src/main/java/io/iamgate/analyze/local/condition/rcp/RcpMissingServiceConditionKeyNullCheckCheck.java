package io.iamgate.analyze.local.condition.rcp;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.PolicyType;
import io.iamgate.model.Statement;

/**
 * In an RCP, some service integrations send no aws:SourceAccount/aws:SourceArn at all; a Deny on an
 * aws:Source* key then hits them too unless a Null check limits the statement to requests that carry one.
 */
@CheckInfo(
        issueCode = "RCP_MISSING_SERVICE_CONDITION_KEY_NULL_CHECK",
        findingType = FindingType.WARNING,
        title = "RCP missing service condition key null check",
        anchor = "general-warning-rcp-missing-service-condition-key-null-check")
public final class RcpMissingServiceConditionKeyNullCheckCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        if (ctx.policyType() != PolicyType.RESOURCE_CONTROL_POLICY
                || !RcpConditionKeys.isSourceKey(condition.key())
                || RcpConditionKeys.hasSourceNullCheck(statement)) {
            return;
        }
        out.report(finding(
                "This RCP statement tests " + condition.key() + ", but some service integrations send "
                        + "no source key and would be affected too. Add \"Null\": {\"aws:SourceAccount\": \"false\"} or "
                        + "\"Null\": {\"aws:SourceArn\": \"false\"} to its Condition element.",
                condition.keyLocation()));
    }
}
