package io.iamgate.analyze.local.condition;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** An IfExists operator with an empty list matches only requests without the key: say that with Null. */
@CheckInfo(
        issueCode = "EMPTY_ARRAY_CONDITION_IFEXISTS",
        findingType = FindingType.SUGGESTION,
        title = "Empty array condition IfExists",
        anchor = "suggestion-empty-array-condition-ifexists")
public final class EmptyArrayConditionIfExistsCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        if (EmptyArrayKind.of(condition) == EmptyArrayKind.IF_EXISTS) {
            out.report(finding(
                    "The condition key " + condition.key() + " under "
                            + condition.operator().text() + " has no values: "
                            + "it matches only when the request has no " + condition.key()
                            + ". To test for that, write "
                            + "\"Null\": {\"" + condition.key()
                            + "\": \"true\"}; otherwise list the values to compare with.",
                    condition.valueLocation()));
        }
    }
}
