package io.iamgate.analyze.local.grammar;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.DocumentCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.load.Node;
import io.iamgate.model.ElementPath;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;

/** A policy without statements grants and denies nothing: almost always a mistake in how it was built. */
@CheckInfo(
        issueCode = "MISSING_STATEMENT",
        findingType = FindingType.ERROR,
        title = "Missing statement",
        anchor = "error-missing-statement")
public final class MissingStatementCheck extends PolicyCheck implements DocumentCheck {

    @Override
    public void checkDocument(CheckContext ctx, FindingSink out) {
        ctx.document().rootObject().ifPresent(root -> {
            var statement = root.member("Statement");
            if (statement.isEmpty()) {
                out.report(finding(
                        "The policy has no Statement element. Add a statement to the policy.",
                        ctx.document().wholeDocument()));
            } else if (statement.get().value() instanceof Node.ArrayNode a
                    && a.elements().isEmpty()) {
                out.report(finding(
                        "The Statement element is empty. Add a statement to the policy.",
                        new Location(ElementPath.ROOT.value("Statement"), a.span())));
            }
        });
    }
}
