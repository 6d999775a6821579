package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.model.FindingType;

/** A wildcard action covering iam:PassRole allowed on every resource. See {@link SensitiveActionGrantCheck}. */
@CheckInfo(
        issueCode = "PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE",
        findingType = FindingType.SECURITY_WARNING,
        title = "Pass role with star in action and resource",
        anchor = "security-warning-pass-role-with-star-in-action-and-resource")
public final class PassRoleWithStarInActionAndResourceCheck extends SensitiveActionGrantCheck {

    public PassRoleWithStarInActionAndResourceCheck() {
        super(SensitiveAction.PASS_ROLE, GrantShape.STAR_ACTION_STAR_RESOURCE);
    }

    @Override
    String details(String action) {
        return "The action " + action
                + " includes iam:PassRole and is allowed on \"*\", so any role in the account can be "
                + "passed to a service. List the role ARNs in Resource, or add an iam:PassedToService condition.";
    }
}
