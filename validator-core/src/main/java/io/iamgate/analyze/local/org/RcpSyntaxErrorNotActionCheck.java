package io.iamgate.analyze.local.org;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ElementLocations;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.PolicyType;
import io.iamgate.model.Statement;

/** RCPs accept Action only; NotAction is rejected. */
@CheckInfo(
        issueCode = "RCP_SYNTAX_ERROR_NOTACTION",
        findingType = FindingType.ERROR,
        title = "RCP syntax error notaction",
        anchor = "error-rcp-syntax-error-notaction")
public final class RcpSyntaxErrorNotActionCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (ctx.policyType() == PolicyType.RESOURCE_CONTROL_POLICY) {
            ElementLocations.key(statement, "NotAction")
                    .ifPresent(l -> out.report(finding(
                            "RCPs do not accept " + "NotAction. List the actions to restrict in an Action element.",
                            l)));
        }
    }
}
