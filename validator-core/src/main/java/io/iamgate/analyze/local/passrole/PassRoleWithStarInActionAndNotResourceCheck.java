package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.model.FindingType;

/** A wildcard action covering iam:PassRole allowed with NotResource. See {@link SensitiveActionGrantCheck}. */
@CheckInfo(
        issueCode = "PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE",
        findingType = FindingType.SECURITY_WARNING,
        title = "Pass role with star in action and NotResource",
        anchor = "security-warning-pass-role-with-star-in-action-and-not-resource")
public final class PassRoleWithStarInActionAndNotResourceCheck extends SensitiveActionGrantCheck {

    public PassRoleWithStarInActionAndNotResourceCheck() {
        super(SensitiveAction.PASS_ROLE, GrantShape.STAR_ACTION_NOT_RESOURCE);
    }

    @Override
    String details(String action) {
        return "The action " + action
                + " includes iam:PassRole and is allowed on everything outside NotResource, so almost "
                + "any role can be passed to a service. List the roles that may be passed in Resource instead.";
    }
}
