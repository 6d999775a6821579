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

/** The Date operators take ISO 8601 dates (W3C profile) or epoch seconds; anything else never matches. Values holding a policy variable are left to INVALID_VARIABLE_FOR_OPERATOR. */
@CheckInfo(
        issueCode = "TYPE_MISMATCH_DATE",
        findingType = FindingType.WARNING,
        title = "Type mismatch date",
        anchor = "general-warning-type-mismatch-date")
public final class TypeMismatchDateCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        ConditionOperator.Family family = condition.operator().family();
        if (!(family == ConditionOperator.Family.DATE)) {
            return;
        }
        for (ConditionValue v : condition.values()) {
            String t = v.text();
            if (v.isString() && ValueText.hasVariable(t)) {
                continue;
            }
            if (IamDate.classify(t) == IamDate.Kind.INVALID) {
                out.report(finding(
                        "The value \"" + t + "\" of " + condition.key() + " is not a date "
                                + condition.operator().text()
                                + " can read. Write an ISO 8601 date or date-time such as 2025-01-31 or "
                                + "2025-01-31T23:59:59Z, or epoch seconds.",
                        v.location()));
            }
        }
    }
}
