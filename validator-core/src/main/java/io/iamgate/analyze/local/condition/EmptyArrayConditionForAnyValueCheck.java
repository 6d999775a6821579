package io.iamgate.analyze.local.condition;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** ForAnyValue with an empty list never matches. */
@CheckInfo(
        issueCode = "EMPTY_ARRAY_CONDITION_FORANYVALUE",
        findingType = FindingType.SUGGESTION,
        title = "Empty array condition ForAnyValue",
        anchor = "suggestion-empty-array-condition-foranyvalue")
public final class EmptyArrayConditionForAnyValueCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        if (EmptyArrayKind.of(condition) == EmptyArrayKind.FOR_ANY_VALUE) {
            out.report(finding(
                    "The condition key " + condition.key() + " under "
                            + condition.operator().text() + " has no values, so it "
                            + "never matches any request. List the values to compare with, or remove the key.",
                    condition.valueLocation()));
        }
    }
}
