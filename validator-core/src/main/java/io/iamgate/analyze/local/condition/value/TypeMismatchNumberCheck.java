package io.iamgate.analyze.local.condition.value;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.load.Node;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionOperator;
import io.iamgate.model.ConditionValue;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** The Numeric operators compare with integers or decimals; anything else never matches. Values holding a policy variable are left to INVALID_VARIABLE_FOR_OPERATOR. */
@CheckInfo(
        issueCode = "TYPE_MISMATCH_NUMBER",
        findingType = FindingType.WARNING,
        title = "Type mismatch number",
        anchor = "general-warning-type-mismatch-number")
public final class TypeMismatchNumberCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        ConditionOperator.Family family = condition.operator().family();
        if (!(family == ConditionOperator.Family.NUMERIC)) {
            return;
        }
        for (ConditionValue v : condition.values()) {
            String t = v.text();
            if (v.isString() && ValueText.hasVariable(t)) {
                continue;
            }
            if (!(v.node() instanceof Node.NumberNode) && !IamNumber.isNumber(t)) {
                out.report(finding(
                        "The value \"" + t + "\" of " + condition.key() + " is not a number, but "
                                + condition.operator().text()
                                + " compares numbers. Write an integer or decimal value such as \"3600\".",
                        v.location()));
            }
        }
    }
}
