package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.model.FindingType;

/** iam:CreateServiceLinkedRole allowed with NotResource. See {@link SensitiveActionGrantCheck}. */
@CheckInfo(
        issueCode = "CREATE_SLR_WITH_NOT_RESOURCE",
        findingType = FindingType.WARNING,
        title = "Create SLR with NotResource",
        anchor = "general-warning-create-slr-with-not-resource")
public final class CreateSlrWithNotResourceCheck extends SensitiveActionGrantCheck {

    public CreateSlrWithNotResourceCheck() {
        super(SensitiveAction.CREATE_SLR, GrantShape.EXACT_ACTION_NOT_RESOURCE);
    }

    @Override
    String details(String action) {
        return "iam:CreateServiceLinkedRole is allowed on everything outside NotResource, so service-linked roles can be "
                + "created for almost any service. List the service-linked role ARNs in Resource instead.";
    }
}
