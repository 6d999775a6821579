package io.iamgate.analyze.local.statement;

import io.iamgate.analyze.local.ActionCheck;
import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.ResourceCheck;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;
import io.iamgate.reference.Glob;

/**
 * A wildcard in the service part ({@code *code*:List*}, {@code arn:aws:s3*:...}) also matches services whose
 * names happen to be similar, today's and tomorrow's. A bare "*" as the service is not a similar-name risk
 * (it plainly means every service) and is left alone.
 */
@CheckInfo(
        issueCode = "WILDCARD_IN_SERVICE_NAME",
        findingType = FindingType.SUGGESTION,
        title = "Wildcard in service name",
        anchor = "suggestion-wildcard-in-service-name")
public final class WildcardInServiceNameCheck extends PolicyCheck implements ActionCheck, ResourceCheck {

    @Override
    public void checkAction(CheckContext ctx, Statement statement, ElementEntry action, FindingSink out) {
        String service = servicePrefix(action.value());
        if (Glob.hasWildcard(service) && !"*".equals(service)) {
            out.report(finding(
                    "The service prefix \"" + service + "\" of the action contains a wildcard, which also "
                            + "matches other services with similar names. Name the service exactly.",
                    action.location()));
        }
    }

    @Override
    public void checkResource(CheckContext ctx, Statement statement, ElementEntry resource, FindingSink out) {
        String v = resource.value();
        if (!v.startsWith("arn:")) {
            return;
        }
        int second = v.indexOf(':', 4);
        int third = second < 0 ? -1 : v.indexOf(':', second + 1);
        if (third < 0) {
            return;
        }
        String service = v.substring(second + 1, third);
        if (Glob.hasWildcard(service) && !"*".equals(service)) {
            out.report(finding(
                    "The service part \"" + service + "\" of the resource ARN contains a wildcard, which "
                            + "also matches other services with similar names. Name the service exactly.",
                    resource.location()));
        }
    }

    /** The service prefix of an action ({@code s3} of {@code s3:GetObject}); empty when there is no colon. */
    private static String servicePrefix(String action) {
        int colon = action.indexOf(':');
        return colon < 0 ? "" : action.substring(0, colon);
    }
}
