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

/** Deny with NotAction and a tag key: the actions whose services do not support the key are never denied. */
@CheckInfo(
        issueCode = "DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE",
        findingType = FindingType.SECURITY_WARNING,
        title = "Deny NotAction with unsupported tag condition key for service",
        anchor = "security-warning-deny-notaction-with-unsupported-tag-condition-key-for-service")
public final class DenyNotActionWithUnsupportedTagConditionKeyForServiceCheck extends PolicyCheck
        implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        String key = condition.key();
        if (!statement.isDeny() || !ConditionKeys.isTagCondition(condition)) {
            return;
        }
        if (ActionKeySupport.hasNotAction(statement)) {
            out.report(finding(
                    "Using the effect Deny with NotAction and the tag condition key " + key + " can be "
                            + "overly permissive because some service actions are not denied by this statement. This is "
                            + "because the condition key doesn't apply to some service actions. We recommend that you use "
                            + "Action instead of NotAction.",
                    condition.keyLocation()));
        }
    }
}
