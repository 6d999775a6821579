package io.iamgate.analyze.local.condition;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** ForAllValues with an empty list matches only requests without the key: say that with Null. */
@CheckInfo(
        issueCode = "EMPTY_ARRAY_CONDITION_FORALLVALUES",
        findingType = FindingType.SUGGESTION,
        title = "Empty array condition ForAllValues",
        anchor = "suggestion-empty-array-condition-forallvalues")
public final class EmptyArrayConditionForAllValuesCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        if (EmptyArrayKind.of(condition) == EmptyArrayKind.FOR_ALL_VALUES) {
            out.report(finding(
                    "The condition key " + condition.key() + " under "
                            + condition.operator().text() + " has no values: "
                            + "it matches only when the request has no " + condition.key()
                            + ". To test for that, write "
                            + "\"Null\": {\"" + condition.key() + "\": \"true\"}; otherwise list the allowed values.",
                    condition.valueLocation()));
        }
    }
}
