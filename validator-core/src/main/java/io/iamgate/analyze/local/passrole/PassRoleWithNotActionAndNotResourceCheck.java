package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.model.FindingType;

/** NotAction (not excluding iam:PassRole) with NotResource. See {@link SensitiveActionGrantCheck}. */
@CheckInfo(
        issueCode = "PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE",
        findingType = FindingType.SECURITY_WARNING,
        title = "Pass role with NotAction and NotResource",
        anchor = "security-warning-pass-role-with-not-action-and-not-resource")
public final class PassRoleWithNotActionAndNotResourceCheck extends SensitiveActionGrantCheck {

    public PassRoleWithNotActionAndNotResourceCheck() {
        super(SensitiveAction.PASS_ROLE, GrantShape.NOT_ACTION_NOT_RESOURCE);
    }

    @Override
    String details(String action) {
        return "NotAction does not exclude iam:PassRole, and NotResource leaves almost every role in scope, so almost any "
                + "role can be passed to a service. Exclude iam:PassRole, or list the allowed resources in Resource.";
    }
}
