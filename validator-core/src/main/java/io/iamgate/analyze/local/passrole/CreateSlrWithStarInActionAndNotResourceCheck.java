package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.model.FindingType;

/** A wildcard action covering iam:CreateServiceLinkedRole allowed with NotResource. See {@link SensitiveActionGrantCheck}. */
@CheckInfo(
        issueCode = "CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE",
        findingType = FindingType.WARNING,
        title = "Create SLR with star in action and NotResource",
        anchor = "general-warning-create-slr-with-star-in-action-and-not-resource")
public final class CreateSlrWithStarInActionAndNotResourceCheck extends SensitiveActionGrantCheck {

    public CreateSlrWithStarInActionAndNotResourceCheck() {
        super(SensitiveAction.CREATE_SLR, GrantShape.STAR_ACTION_NOT_RESOURCE);
    }

    @Override
    String details(String action) {
        return "The action " + action + " includes iam:CreateServiceLinkedRole and is allowed on everything outside "
                + "NotResource, so service-linked roles can be created for almost any service. List the service-linked "
                + "role ARNs in Resource instead.";
    }
}
