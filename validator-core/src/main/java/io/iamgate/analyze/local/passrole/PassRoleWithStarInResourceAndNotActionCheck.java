package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.model.FindingType;

/** NotAction (not excluding iam:PassRole) on every resource. See {@link SensitiveActionGrantCheck}. */
@CheckInfo(
        issueCode = "PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION",
        findingType = FindingType.SECURITY_WARNING,
        title = "Pass role with star in resource and NotAction",
        anchor = "security-warning-pass-role-with-star-in-resource-and-not-action")
public final class PassRoleWithStarInResourceAndNotActionCheck extends SensitiveActionGrantCheck {

    public PassRoleWithStarInResourceAndNotActionCheck() {
        super(SensitiveAction.PASS_ROLE, GrantShape.NOT_ACTION_STAR_RESOURCE);
    }

    @Override
    String details(String action) {
        return "NotAction does not exclude iam:PassRole and the resource is \"*\", so any role in the account can be passed to "
                + "a service. Exclude iam:PassRole, list the role ARNs, or add an iam:PassedToService condition.";
    }
}
