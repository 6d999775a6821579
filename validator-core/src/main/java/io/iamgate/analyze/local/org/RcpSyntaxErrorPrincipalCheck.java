package io.iamgate.analyze.local.org;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ElementLocations;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.load.Node;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.model.PolicyType;
import io.iamgate.model.Statement;

/** An RCP's Principal must be "*" (narrow it with conditions); NotPrincipal is not accepted. */
@CheckInfo(
        issueCode = "RCP_SYNTAX_ERROR_PRINCIPAL",
        findingType = FindingType.ERROR,
        title = "RCP syntax error principal",
        anchor = "error-rcp-syntax-error-principal")
public final class RcpSyntaxErrorPrincipalCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (ctx.policyType() != PolicyType.RESOURCE_CONTROL_POLICY) {
            return;
        }
        statement.member("Principal").ifPresent(m -> {
            if (!(m.value() instanceof Node.StringNode s && s.value().equals("*"))) {
                out.report(finding(
                        "RCPs accept only \"Principal\": \"*\". Write \"*\" and narrow the principals with "
                                + "conditions such as aws:PrincipalAccount.",
                        new Location(statement.pathOf("Principal"), m.value().span())));
            }
        });
        ElementLocations.key(statement, "NotPrincipal")
                .ifPresent(l -> out.report(finding(
                        "RCPs do not accept "
                                + "NotPrincipal. Use \"Principal\": \"*\" with conditions on the principal instead.",
                        l)));
    }
}
