package io.iamgate.analyze.local.principal;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ElementLocations;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** Allow with NotPrincipal grants access to everyone except the listed principals, anonymous users included. */
@CheckInfo(
        issueCode = "ALLOW_WITH_NOT_PRINCIPAL",
        findingType = FindingType.SECURITY_WARNING,
        title = "Allow with NotPrincipal",
        anchor = "security-warning-allow-with-not-principal")
public final class AllowWithNotPrincipalCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (Principals.apply(ctx) && statement.isAllow()) {
            ElementLocations.key(statement, "NotPrincipal")
                    .ifPresent(l -> out.report(finding(
                            "Allow with "
                                    + "NotPrincipal grants access to every principal except those listed, including anonymous ones. "
                                    + "Use Principal to name who is allowed instead.",
                            l)));
        }
    }
}
