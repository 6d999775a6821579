package io.iamgate.analyze.local.condition;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionOperator;
import io.iamgate.model.ConditionValue;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** Bool compares with one value; listing both true and false makes the condition meaningless. */
@CheckInfo(
        issueCode = "INVALID_CONDITION_MULTIPLE_BOOLEAN",
        findingType = FindingType.ERROR,
        title = "Invalid condition multiple Boolean",
        anchor = "error-invalid-condition-multiple-boolean")
public final class InvalidConditionMultipleBooleanCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        if (condition.operator().family() != ConditionOperator.Family.BOOL
                || condition.values().size() < 2) {
            return;
        }
        int booleans = 0;
        for (ConditionValue v : condition.values()) {
            String t = v.text();
            if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
                booleans++;
            }
        }
        if (booleans >= 2) {
            out.report(finding(
                    "The condition key " + condition.key() + " lists " + booleans + " Boolean values "
                            + "under " + condition.operator().text()
                            + ". A Boolean condition takes a single value: keep "
                            + "either true or false.",
                    condition.valueLocation()));
        }
    }
}
