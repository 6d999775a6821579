package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.model.FindingType;

/** iam:CreateServiceLinkedRole allowed on every resource. See {@link SensitiveActionGrantCheck}. */
@CheckInfo(
        issueCode = "CREATE_SLR_WITH_STAR_IN_RESOURCE",
        findingType = FindingType.WARNING,
        title = "Create SLR with star in resource",
        anchor = "general-warning-create-slr-with-star-in-resource")
public final class CreateSlrWithStarInResourceCheck extends SensitiveActionGrantCheck {

    public CreateSlrWithStarInResourceCheck() {
        super(SensitiveAction.CREATE_SLR, GrantShape.EXACT_ACTION_STAR_RESOURCE);
    }

    @Override
    String details(String action) {
        return "iam:CreateServiceLinkedRole is allowed on \"*\", so service-linked roles can be created for any service. List "
                + "the service-linked role ARNs in Resource, or add an iam:AWSServiceName condition.";
    }
}
