package io.iamgate.analyze.local.condition.value;

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

/** BinaryEquals compares with base64-encoded values; anything else never matches. Values holding a policy variable are left to INVALID_VARIABLE_FOR_OPERATOR. */
@CheckInfo(
        issueCode = "TYPE_MISMATCH_STRING",
        findingType = FindingType.WARNING,
        title = "Type mismatch string",
        anchor = "general-warning-type-mismatch-string")
public final class TypeMismatchStringCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        ConditionOperator.Family family = condition.operator().family();
        if (!(family == ConditionOperator.Family.BINARY)) {
            return;
        }
        for (ConditionValue v : condition.values()) {
            String t = v.text();
            if (v.isString() && ValueText.hasVariable(t)) {
                continue;
            }
            if (!v.isString() || !Base64Text.isValid(t)) {
                out.report(finding(
                        "The value \"" + t + "\" of " + condition.key() + " is not valid base64, but "
                                + condition.operator().text()
                                + " compares base64-encoded binary values. Encode the value in standard base64.",
                        v.location()));
            }
        }
    }
}
