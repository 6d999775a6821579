package io.iamgate.analyze.local.statement;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.model.Statement;

/** A statement whose Resource is [] matches no request: it is dead text, usually a templating slip. */
@CheckInfo(
        issueCode = "EMPTY_ARRAY_RESOURCE",
        findingType = FindingType.SUGGESTION,
        title = "Empty array resource",
        anchor = "suggestion-empty-array-resource")
public final class EmptyArrayResourceCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        for (Location l : EmptyArrays.of(statement, "Resource", "NotResource")) {
            out.report(finding(
                    "The resource list is empty, so the statement has no effect. List the resources it "
                            + "should cover, or remove the statement.",
                    l));
        }
    }
}
