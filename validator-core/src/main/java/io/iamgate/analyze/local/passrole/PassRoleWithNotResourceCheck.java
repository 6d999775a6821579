package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.model.FindingType;

/** iam:PassRole allowed with NotResource. See {@link SensitiveActionGrantCheck}. */
@CheckInfo(
        issueCode = "PASS_ROLE_WITH_NOT_RESOURCE",
        findingType = FindingType.SECURITY_WARNING,
        title = "Pass role with NotResource",
        anchor = "security-warning-pass-role-with-not-resource")
public final class PassRoleWithNotResourceCheck extends SensitiveActionGrantCheck {

    public PassRoleWithNotResourceCheck() {
        super(SensitiveAction.PASS_ROLE, GrantShape.EXACT_ACTION_NOT_RESOURCE);
    }

    @Override
    String details(String action) {
        return "iam:PassRole is allowed on every resource except those in NotResource, so almost any role can be passed "
                + "to a service. List the roles that may be passed in Resource instead.";
    }
}
