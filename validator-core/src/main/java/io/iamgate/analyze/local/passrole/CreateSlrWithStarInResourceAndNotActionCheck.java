package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.model.FindingType;

/** NotAction (not excluding iam:CreateServiceLinkedRole) on every resource. See {@link SensitiveActionGrantCheck}. */
@CheckInfo(
        issueCode = "CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION",
        findingType = FindingType.WARNING,
        title = "Create SLR with star in resource and NotAction",
        anchor = "general-warning-create-slr-with-star-in-resource-and-not-action")
public final class CreateSlrWithStarInResourceAndNotActionCheck extends SensitiveActionGrantCheck {

    public CreateSlrWithStarInResourceAndNotActionCheck() {
        super(SensitiveAction.CREATE_SLR, GrantShape.NOT_ACTION_STAR_RESOURCE);
    }

    @Override
    String details(String action) {
        return "NotAction does not exclude iam:CreateServiceLinkedRole and the resource is \"*\", so service-linked roles can "
                + "be created for any service. Exclude the action, list the role ARNs, or add an iam:AWSServiceName "
                + "condition.";
    }
}
