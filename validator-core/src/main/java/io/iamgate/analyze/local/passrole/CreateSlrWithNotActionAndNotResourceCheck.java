package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.model.FindingType;

/** NotAction (not excluding iam:CreateServiceLinkedRole) with NotResource. See {@link SensitiveActionGrantCheck}. */
@CheckInfo(
        issueCode = "CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE",
        findingType = FindingType.WARNING,
        title = "Create SLR with NotAction and NotResource",
        anchor = "general-warning-create-slr-with-not-action-and-not-resource")
public final class CreateSlrWithNotActionAndNotResourceCheck extends SensitiveActionGrantCheck {

    public CreateSlrWithNotActionAndNotResourceCheck() {
        super(SensitiveAction.CREATE_SLR, GrantShape.NOT_ACTION_NOT_RESOURCE);
    }

    @Override
    String details(String action) {
        return "NotAction does not exclude iam:CreateServiceLinkedRole, and NotResource leaves almost everything in scope, so "
                + "service-linked roles can be created for almost any service. Exclude the action, or list the "
                + "allowed resources in Resource.";
    }
}
