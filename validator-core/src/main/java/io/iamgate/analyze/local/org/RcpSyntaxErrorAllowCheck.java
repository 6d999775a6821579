package io.iamgate.analyze.local.org;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ElementLocations;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.load.Node;
import io.iamgate.model.FindingType;
import io.iamgate.model.PolicyType;
import io.iamgate.model.Statement;

/**
 * RCPs restrict; their only Allow is the default RCPFullAWSAccess shape: Principal "*", Resource "*", no
 * Condition. Reports each element of an Allow statement that departs from it.
 */
@CheckInfo(
        issueCode = "RCP_SYNTAX_ERROR_ALLOW",
        findingType = FindingType.ERROR,
        title = "RCP syntax error allow",
        anchor = "error-rcp-syntax-error-allow")
public final class RcpSyntaxErrorAllowCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (ctx.policyType() != PolicyType.RESOURCE_CONTROL_POLICY || !statement.isAllow()) {
            return;
        }
        for (String element : new String[] {"Principal", "Resource"}) {
            statement.member(element).ifPresent(m -> {
                if (!isStar(m.value())) {
                    out.report(finding(
                            "An Allow statement in an RCP must have " + element + " \"*\". Write \"*\", or "
                                    + "express the restriction as a Deny statement.",
                            ElementLocations.value(statement, element).orElseThrow()));
                }
            });
        }
        ElementLocations.key(statement, "Condition")
                .ifPresent(l -> out.report(finding(
                        "An Allow statement in an RCP "
                                + "cannot have a Condition. Move the condition into a Deny statement.",
                        l)));
    }

    private static boolean isStar(Node value) {
        if (value instanceof Node.ArrayNode a && a.elements().size() == 1) {
            return isStar(a.elements().get(0));
        }
        return value instanceof Node.StringNode s && s.value().equals("*");
    }
}
