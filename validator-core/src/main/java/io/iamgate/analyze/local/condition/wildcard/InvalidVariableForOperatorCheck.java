package io.iamgate.analyze.local.condition.wildcard;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.condition.value.ValueText;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionOperator;
import io.iamgate.model.ConditionValue;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** Policy variables are substituted only for the String and ARN operators; elsewhere they stay literal text. */
@CheckInfo(
        issueCode = "INVALID_VARIABLE_FOR_OPERATOR",
        findingType = FindingType.ERROR,
        title = "Invalid variable for operator",
        anchor = "error-invalid-variable-for-operator")
public final class InvalidVariableForOperatorCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        ConditionOperator.Family family = condition.operator().family();
        if (family == null || family == ConditionOperator.Family.STRING || family == ConditionOperator.Family.ARN) {
            return;
        }
        for (ConditionValue v : condition.values()) {
            if (v.isString() && ValueText.hasVariable(v.text())) {
                out.report(finding(
                        "The value \"" + v.text() + "\" of " + condition.key() + " uses a policy variable "
                                + "with " + condition.operator().text()
                                + ", but policy variables work only with String and "
                                + "ARN operators. Use a literal value, or a String or ARN operator.",
                        v.location()));
            }
        }
    }
}
