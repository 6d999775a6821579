package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.model.FindingType;

/** A wildcard action covering iam:CreateServiceLinkedRole allowed on every resource. See {@link SensitiveActionGrantCheck}. */
@CheckInfo(
        issueCode = "CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE",
        findingType = FindingType.WARNING,
        title = "Create SLR with star in action and resource",
        anchor = "general-warning-create-slr-with-star-in-action-and-resource")
public final class CreateSlrWithStarInActionAndResourceCheck extends SensitiveActionGrantCheck {

    public CreateSlrWithStarInActionAndResourceCheck() {
        super(SensitiveAction.CREATE_SLR, GrantShape.STAR_ACTION_STAR_RESOURCE);
    }

    @Override
    String details(String action) {
        return "The action " + action
                + " includes iam:CreateServiceLinkedRole and is allowed on \"*\", so service-linked roles "
                + "can be created for any service. List the service-linked role ARNs in Resource, or add an "
                + "iam:AWSServiceName condition.";
    }
}
