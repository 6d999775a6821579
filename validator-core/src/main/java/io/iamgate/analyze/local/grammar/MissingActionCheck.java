package io.iamgate.analyze.local.grammar;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** A statement must name the actions it is about. */
@CheckInfo(
        issueCode = "MISSING_ACTION",
        findingType = FindingType.ERROR,
        title = "Missing action",
        anchor = "error-missing-action")
public final class MissingActionCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (!statement.has("Action") && !statement.has("NotAction")) {
            out.report(finding(
                    "The statement has neither Action nor NotAction. Add an Action or NotAction element.",
                    statement.location()));
        }
    }
}
