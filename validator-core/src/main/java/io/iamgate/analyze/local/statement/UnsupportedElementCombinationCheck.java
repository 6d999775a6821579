package io.iamgate.analyze.local.statement;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ElementLocations;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** An element and its negation (Action and NotAction, ...) in one statement: IAM rejects the policy. */
@CheckInfo(
        issueCode = "UNSUPPORTED_ELEMENT_COMBINATION",
        findingType = FindingType.ERROR,
        title = "Unsupported element combination",
        anchor = "error-unsupported-element-combination")
public final class UnsupportedElementCombinationCheck extends PolicyCheck implements StatementCheck {

    private static final String[][] EXCLUSIVE = {
        {"Action", "NotAction"}, {"Resource", "NotResource"}, {"Principal", "NotPrincipal"}
    };

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        for (String[] pair : EXCLUSIVE) {
            if (statement.has(pair[0]) && statement.has(pair[1])) {
                // Points at the negated element: the usual fix is to drop it and keep the positive one.
                out.report(finding(
                        "The statement has both " + pair[0] + " and " + pair[1] + ", which cannot be "
                                + "combined. Keep one of them and remove the other.",
                        ElementLocations.key(statement, pair[1]).orElseThrow()));
            }
        }
    }
}
