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
 * An Allow whose tag condition key the services of some of its actions do not support: those actions
 * are never allowed by the statement, which is rarely what the author meant.
 */
@CheckInfo(
        issueCode = "ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE",
        findingType = FindingType.SUGGESTION,
        title = "Allow with unsupported tag condition key for service",
        anchor = "suggestion-allow-with-unsupported-tag-condition-key-for-service")
public final class AllowWithUnsupportedTagConditionKeyForServiceCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        String key = condition.key();
        if (!statement.isAllow() || !ConditionKeys.isTagCondition(condition)) {
            return;
        }
        List<ElementEntry> unsupported = ActionKeySupport.entriesWithoutSupport(ctx, statement, key);
        if (unsupported.isEmpty()) {
            return;
        }
        out.report(finding(
                "Using the effect Allow with the condition key " + key + " and actions for services with "
                        + "the following prefixes does not affect the policy: " + ActionKeySupport.services(unsupported)
                        + ". The actions for the listed service are not allowed by this statement. We recommend that you "
                        + "move these actions to a different statement without this condition key.",
                ActionKeySupport.locations(unsupported, condition.keyLocation())));
    }
}
