package io.iamgate.analyze.local.custom;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.model.Finding;
import io.iamgate.model.FindingType;
import io.iamgate.model.PolicyType;
import io.iamgate.model.Statement;
import java.util.List;

/**
 * Offline CheckAccessNotGranted: an Allow statement of an identity or resource policy that grants one of
 * the listed actions (on any resource), any action on one of the listed resources, or — both listed — one
 * of the actions on one of the resources. Approximate: conditions and Deny statements are ignored, and
 * wildcards in resources count as overlapping both ways; so it may report access AWS would not.
 */
@CheckInfo(
        issueCode = CustomCheckCodes.ACCESS_GRANTED,
        findingType = FindingType.SECURITY_WARNING,
        title = "Access granted to a listed action or resource",
        anchor = "")
public final class AccessNotGrantedCheck extends PolicyCheck implements StatementCheck {

    private final List<String> actions;
    private final List<String> resources;

    public AccessNotGrantedCheck(List<String> actions, List<String> resources) {
        this.actions = List.copyOf(actions);
        this.resources = List.copyOf(resources);
    }

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        PolicyType type = ctx.policyType();
        if ((type != PolicyType.IDENTITY_POLICY && type != PolicyType.RESOURCE_POLICY) || !statement.isAllow()) {
            return;
        }
        boolean action = actions.isEmpty() || actions.stream().anyMatch(a -> Grants.action(statement, a));
        boolean resource = resources.isEmpty() || resources.stream().anyMatch(r -> Grants.resource(statement, r));
        if (action && resource) {
            String what = resources.isEmpty() ? "actions" : actions.isEmpty() ? "resources" : "actions or resources";
            out.report(Finding.of(
                    FindingType.SECURITY_WARNING,
                    CustomCheckCodes.ACCESS_GRANTED,
                    "The policy document grants access to perform one or more of the listed " + what
                            + ". One or more of the listed " + what + " in the statement with index: "
                            + Grants.index(statement) + ". (offline check, conditions ignored)",
                    CustomCheckCodes.LEARN_MORE,
                    "local",
                    List.of(statement.location())));
        }
    }
}
