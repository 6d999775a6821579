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

/** A bare year (which also reads as epoch seconds) or year-month may not stand for the instant the author meant. Values holding a policy variable are left to INVALID_VARIABLE_FOR_OPERATOR. */
@CheckInfo(
        issueCode = "INVALID_DATE_VALUE",
        findingType = FindingType.WARNING,
        title = "Invalid date value",
        anchor = "general-warning-invalid-date-value")
public final class InvalidDateValueCheck extends PolicyCheck implements ConditionCheck {

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
            if (IamDate.classify(t) == IamDate.Kind.IMPRECISE) {
                out.report(finding(
                        "The date " + t + " of " + condition.key()
                                + " may not resolve to the instant you expect: a bare year "
                                + "or year-month is imprecise, and four digits also read as epoch seconds. Write the full date "
                                + "as YYYY-MM-DD (or a date-time with a time zone).",
                        v.location()));
            }
        }
    }
}
