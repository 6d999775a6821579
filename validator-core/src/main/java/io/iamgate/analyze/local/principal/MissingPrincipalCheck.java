package io.iamgate.analyze.local.principal;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** A resource policy statement must say who it applies to; without a principal it is rejected. */
@CheckInfo(
        issueCode = "MISSING_PRINCIPAL",
        findingType = FindingType.ERROR,
        title = "Missing principal",
        anchor = "error-missing-principal")
public final class MissingPrincipalCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (Principals.apply(ctx) && !statement.has("Principal") && !statement.has("NotPrincipal")) {
            out.report(finding(
                    "The statement names no principal, which this policy type requires. Add a Principal "
                            + "element naming who the statement applies to.",
                    statement.location()));
        }
    }
}
