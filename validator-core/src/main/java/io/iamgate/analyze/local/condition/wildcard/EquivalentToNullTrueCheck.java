package io.iamgate.analyze.local.condition.wildcard;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** A NotLike operator with "*" only tests that the key is absent: Null true says so plainly. See {@link MatchAllCondition}. */
@CheckInfo(
        issueCode = "EQUIVALENT_TO_NULL_TRUE",
        findingType = FindingType.SUGGESTION,
        title = "Equivalent to null true",
        anchor = "suggestion-equivalent-to-null-true")
public final class EquivalentToNullTrueCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        MatchAllCondition match = MatchAllCondition.of(condition);
        if (match != null && match.outcome() == MatchAllCondition.Outcome.ONLY_WHEN_ABSENT) {
            String key = condition.key();
            String op = condition.operator().text();
            out.report(finding(
                    "The value \"" + match.value().text() + "\" of " + key + " under " + op
                            + " matches any value, so the "
                            + "condition only tests that " + key
                            + " is absent from the request. Say that explicitly with "
                            + "\"Null\": {\"" + key + "\": \"true\"}, or compare with the values you meant.",
                    match.value().location()));
        }
    }
}
