package io.iamgate.analyze.local.condition.wildcard;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** A match-all value under an operator that also accepts a missing key: the key always matches. See {@link MatchAllCondition}. */
@CheckInfo(
        issueCode = "REDUNDANT_KEY_DUE_TO_WILDCARD_IN_CONDITION",
        findingType = FindingType.SUGGESTION,
        title = "Redundant key due to wildcard in condition",
        anchor = "suggestion-redundant-key-due-to-wildcard-in-condition")
public final class RedundantKeyDueToWildcardInConditionCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        MatchAllCondition match = MatchAllCondition.of(condition);
        if (match != null && match.outcome() == MatchAllCondition.Outcome.ALWAYS) {
            String key = condition.key();
            String op = condition.operator().text();
            out.report(finding(
                    "The key " + key + " under " + op + " always matches: \""
                            + match.value().text() + "\" matches any value "
                            + "and " + op
                            + " also matches when the key is missing. Remove the key, or compare with the values "
                            + "you meant.",
                    match.value().location()));
        }
    }
}
