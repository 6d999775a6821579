package io.iamgate.analyze.local.statement;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** An empty Sid names nothing: either give the statement a name or drop the element. */
@CheckInfo(
        issueCode = "EMPTY_SID_VALUE",
        findingType = FindingType.SUGGESTION,
        title = "Empty Sid value",
        anchor = "suggestion-empty-sid-value")
public final class EmptySidValueCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (statement.sid().filter(String::isEmpty).isPresent()) {
            out.report(finding(
                    "The Sid is an empty string. Name the statement, or remove the Sid element.",
                    SidRules.sidLocation(statement).orElseThrow()));
        }
    }
}
