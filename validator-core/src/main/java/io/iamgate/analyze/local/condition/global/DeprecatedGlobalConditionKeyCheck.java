package io.iamgate.analyze.local.condition.global;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;
import io.iamgate.reference.GlobalConditionKeys;
import io.iamgate.reference.IamReference;

/** A deprecated global key in an identity policy or SCP; see {@link DeprecatedGlobalKeys}. */
@CheckInfo(
        issueCode = "DEPRECATED_GLOBAL_CONDITION_KEY",
        findingType = FindingType.WARNING,
        title = "Deprecated global condition key",
        anchor = "general-warning-deprecated-global-condition-key")
public final class DeprecatedGlobalConditionKeyCheck extends PolicyCheck implements ConditionCheck {

    private final GlobalConditionKeys keys;

    public DeprecatedGlobalConditionKeyCheck() {
        this(IamReference.bundled().globalConditionKeys());
    }

    public DeprecatedGlobalConditionKeyCheck(GlobalConditionKeys keys) {
        this.keys = keys;
    }

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        if (DeprecatedGlobalKeys.isUnsupportedIn(ctx.policyType())) {
            return;
        }
        DeprecatedGlobalKeys.deprecated(keys, condition.key()).ifPresent(k -> {
            String newer = k.replacedBy().isEmpty()
                    ? "its current replacement"
                    : k.replacedBy().get(0);
            out.report(finding(
                    "The condition key " + condition.key() + " is deprecated. Use " + newer + " instead.",
                    condition.keyLocation()));
        });
    }
}
