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

/** Allow with NotAction and a tag key: only the actions whose services support the key are allowed. */
@CheckInfo(
        issueCode = "ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE",
        findingType = FindingType.SUGGESTION,
        title = "Allow NotAction with unsupported tag condition key for service",
        anchor = "suggestion-allow-notaction-with-unsupported-tag-condition-key-for-service")
public final class AllowNotActionWithUnsupportedTagConditionKeyForServiceCheck extends PolicyCheck
        implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        String key = condition.key();
        if (!statement.isAllow() || !ConditionKeys.isTagCondition(condition)) {
            return;
        }
        if (ActionKeySupport.hasNotAction(statement)) {
            out.report(finding(
                    "Using the effect Allow with NotAction and the tag condition key " + key + " allows "
                            + "only service actions that support the condition key. The condition key doesn't apply to some "
                            + "service actions. We recommend that you use Action instead of NotAction.",
                    condition.keyLocation()));
        }
    }
}
