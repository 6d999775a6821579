package io.iamgate.analyze.local.servicekey;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.condition.ConditionKeys;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;
import java.util.List;

/**
 * A Deny whose tag condition key the services of some of its actions do not support: those actions are
 * never denied by the statement, so the guard has a hole.
 */
@CheckInfo(
        issueCode = "DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE",
        findingType = FindingType.SECURITY_WARNING,
        title = "Deny with unsupported tag condition key for service",
        anchor = "security-warning-deny-with-unsupported-tag-condition-key-for-service")
public final class DenyWithUnsupportedTagConditionKeyForServiceCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        String key = condition.key();
        if (!statement.isDeny() || !ConditionKeys.isTagCondition(condition)) {
            return;
        }
        List<ElementEntry> unsupported = ActionKeySupport.entriesWithoutSupport(ctx, statement, key);
        if (unsupported.isEmpty()) {
            return;
        }
        out.report(finding(
                "Using the effect Deny with the tag condition key " + key + " and actions for services "
                        + "with the following prefixes can be overly permissive: "
                        + ActionKeySupport.services(unsupported)
                        + ". Actions for the listed services are not denied by this statement. We recommend that you move "
                        + "these actions to a different statement without this condition key.",
                ActionKeySupport.locations(unsupported, condition.keyLocation())));
    }
}
