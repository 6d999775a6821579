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

/** A deprecated global key in a policy attached to a resource; see {@link DeprecatedGlobalKeys}. */
@CheckInfo(
        issueCode = "UNSUPPORTED_GLOBAL_CONDITION_KEY",
        findingType = FindingType.ERROR,
        title = "Unsupported global condition key",
        anchor = "error-unsupported-global-condition-key")
public final class UnsupportedGlobalConditionKeyCheck extends PolicyCheck implements ConditionCheck {

    private final GlobalConditionKeys keys;

    public UnsupportedGlobalConditionKeyCheck() {
        this(IamReference.bundled().globalConditionKeys());
    }

    public UnsupportedGlobalConditionKeyCheck(GlobalConditionKeys keys) {
        this.keys = keys;
    }

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        if (!DeprecatedGlobalKeys.isUnsupportedIn(ctx.policyType())) {
            return;
        }
        DeprecatedGlobalKeys.deprecated(keys, condition.key())
                .ifPresent(k -> out.report(finding(
                        "The condition key " + condition.key() + " is not supported here. Use "
                                + (k.replacedBy().isEmpty() ? "a current key" : String.join(" or ", k.replacedBy()))
                                + " instead, whichever you meant.",
                        condition.keyLocation())));
    }
}
