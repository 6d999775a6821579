package io.iamgate.analyze.local.condition.global;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.condition.key.MissingTagKeyInConditionCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;
import io.iamgate.reference.GlobalConditionKeys;
import io.iamgate.reference.IamReference;

/**
 * An aws: key that is not a global condition key: IAM has no value for it, so the condition never matches
 * (or, negated, always does). Tag families without a tag are MISSING_TAG_KEY_IN_CONDITION's.
 */
@CheckInfo(
        issueCode = "INVALID_GLOBAL_CONDITION_KEY",
        findingType = FindingType.ERROR,
        title = "Invalid global condition key",
        anchor = "error-invalid-global-condition-key")
public final class InvalidGlobalConditionKeyCheck extends PolicyCheck implements ConditionCheck {

    private final GlobalConditionKeys keys;

    public InvalidGlobalConditionKeyCheck() {
        this(IamReference.bundled().globalConditionKeys());
    }

    public InvalidGlobalConditionKeyCheck(GlobalConditionKeys keys) {
        this.keys = keys;
    }

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        String key = condition.key();
        if (GlobalConditionKeys.hasGlobalPrefix(key)
                && !keys.contains(key)
                && !keys.isAcceptedUnlisted(key)
                && MissingTagKeyInConditionCheck.tagFamilyWithoutTag(key) == null) {
            out.report(finding(
                    "The condition key " + key + " is not a global condition key; no request carries "
                            + "it. Check the spelling against the AWS global condition context keys, or use the service's "
                            + "own key.",
                    condition.keyLocation()));
        }
    }
}
