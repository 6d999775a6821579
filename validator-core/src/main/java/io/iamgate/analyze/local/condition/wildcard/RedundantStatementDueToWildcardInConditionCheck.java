package io.iamgate.analyze.local.condition.wildcard;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** ForAnyValue with a NotLike match-all value can never match, so the statement never applies. See {@link MatchAllCondition}. */
@CheckInfo(
        issueCode = "REDUNDANT_STATEMENT_DUE_TO_WILDCARD_IN_CONDITION",
        findingType = FindingType.SUGGESTION,
        title = "Redundant statement due to wildcard in condition",
        anchor = "suggestion-redundant-statement-due-to-wildcard-in-condition")
public final class RedundantStatementDueToWildcardInConditionCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        MatchAllCondition match = MatchAllCondition.of(condition);
        if (match != null && match.outcome() == MatchAllCondition.Outcome.NEVER) {
            String key = condition.key();
            String op = condition.operator().text();
            out.report(finding(
                    "The key " + key + " under " + op + " never matches: every value is like \""
                            + match.value().text()
                            + "\", and a missing key does not match either, so this statement never applies. Remove the key "
                            + "(or the statement), or compare with the values you meant.",
                    match.value().location()));
        }
    }
}
