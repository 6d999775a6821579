package io.iamgate.analyze.local.condition;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** A key with an empty list of values under a plain operator compares with nothing. */
@CheckInfo(
        issueCode = "EMPTY_ARRAY_CONDITION",
        findingType = FindingType.SUGGESTION,
        title = "Empty array condition",
        anchor = "suggestion-empty-array-condition")
public final class EmptyArrayConditionCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        if (EmptyArrayKind.of(condition) == EmptyArrayKind.PLAIN) {
            out.report(finding(
                    "The condition key " + condition.key() + " under "
                            + condition.operator().text() + " has no values, so it "
                            + "does not restrict the statement the way it appears to. List the values to compare with, or "
                            + "remove the key.",
                    condition.valueLocation()));
        }
    }
}
