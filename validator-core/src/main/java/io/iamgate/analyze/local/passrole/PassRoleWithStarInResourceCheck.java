package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.model.FindingType;

/** iam:PassRole allowed on every resource. See {@link SensitiveActionGrantCheck}. */
@CheckInfo(
        issueCode = "PASS_ROLE_WITH_STAR_IN_RESOURCE",
        findingType = FindingType.SECURITY_WARNING,
        title = "Pass role with star in resource",
        anchor = "security-warning-pass-role-with-star-in-resource")
public final class PassRoleWithStarInResourceCheck extends SensitiveActionGrantCheck {

    public PassRoleWithStarInResourceCheck() {
        super(SensitiveAction.PASS_ROLE, GrantShape.EXACT_ACTION_STAR_RESOURCE);
    }

    @Override
    String details(String action) {
        return "iam:PassRole is allowed on \"*\", so any role in the account can be passed to a service, with all its "
                + "permissions. List the role ARNs in Resource, or add an iam:PassedToService condition.";
    }
}
