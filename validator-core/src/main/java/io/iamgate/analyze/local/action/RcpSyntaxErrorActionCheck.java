package io.iamgate.analyze.local.action;

import io.iamgate.analyze.local.ActionCheck;
import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.PolicyType;
import io.iamgate.model.Statement;
import io.iamgate.reference.ActionPattern;
import io.iamgate.reference.Service;
import java.util.stream.Collectors;

/**
 * Resource control policies apply to a few services only; AWS rejects an RCP whose Action names
 * another service's actions. The bare {@code *} is allowed.
 */
@CheckInfo(
        issueCode = "RCP_SYNTAX_ERROR_ACTION",
        findingType = FindingType.ERROR,
        title = "RCP syntax error action",
        anchor = "error-rcp-syntax-error-action")
public final class RcpSyntaxErrorActionCheck extends PolicyCheck implements ActionCheck {

    @Override
    public void checkAction(CheckContext ctx, Statement statement, ElementEntry action, FindingSink out) {
        if (ctx.policyType() != PolicyType.RESOURCE_CONTROL_POLICY) {
            return;
        }
        ActionPattern pattern = ActionExpansions.pattern(ctx, action.value());
        if (pattern.isAll() && action.value().equals("*")) {
            return;
        }
        boolean supported = ctx.reference().rcpServices().stream()
                .anyMatch(s -> s.prefix().equalsIgnoreCase(pattern.servicePart()));
        if (!supported) {
            String services =
                    ctx.reference().rcpServices().stream().map(Service::prefix).collect(Collectors.joining(", "));
            out.report(finding(
                    "RCPs only support specifying select service prefixes in the Action element: " + action.value()
                            + " is not one of them. Use actions of " + services + ", or \"*\".",
                    action.location()));
        }
    }
}
