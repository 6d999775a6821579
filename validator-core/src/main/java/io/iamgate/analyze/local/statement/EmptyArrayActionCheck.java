package io.iamgate.analyze.local.statement;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.model.Statement;

/** A statement whose Action is [] matches no request: it is dead text, usually a templating slip. */
@CheckInfo(
        issueCode = "EMPTY_ARRAY_ACTION",
        findingType = FindingType.SUGGESTION,
        title = "Empty array action",
        anchor = "suggestion-empty-array-action")
public final class EmptyArrayActionCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        for (Location l : EmptyArrays.of(statement, "Action", "NotAction")) {
            out.report(finding(
                    "The action list is empty, so the statement has no effect. List the actions it "
                            + "should cover, or remove the statement.",
                    l));
        }
    }
}
