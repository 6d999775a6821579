package io.iamgate.analyze.local.grammar;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** Every statement but a role trust policy's must name its resources; a trust policy's resource is the role. */
@CheckInfo(
        issueCode = "MISSING_RESOURCE",
        findingType = FindingType.ERROR,
        title = "Missing resource",
        anchor = "error-missing-resource")
public final class MissingResourceCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (!ctx.isTrustPolicy() && !statement.has("Resource") && !statement.has("NotResource")) {
            out.report(finding(
                    "The statement has neither Resource nor NotResource. Add a Resource or NotResource "
                            + "element (use \"*\" only when the actions support no resource-level permissions).",
                    statement.location()));
        }
    }
}
