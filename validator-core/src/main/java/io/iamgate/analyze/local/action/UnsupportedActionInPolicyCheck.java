package io.iamgate.analyze.local.action;

import io.iamgate.analyze.local.ActionCheck;
import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.PolicyType;
import io.iamgate.model.Statement;
import io.iamgate.reference.ActionPattern;

/**
 * A resource policy validated for a resource type (validatePolicyResourceType) that names actions of
 * another service: a bucket policy cannot grant kms:Decrypt, so the entry does nothing.
 */
@CheckInfo(
        issueCode = "UNSUPPORTED_ACTION_IN_POLICY",
        findingType = FindingType.ERROR,
        title = "Unsupported action in policy",
        anchor = "error-unsupported-action-in-policy")
public final class UnsupportedActionInPolicyCheck extends PolicyCheck implements ActionCheck {

    @Override
    public void checkAction(CheckContext ctx, Statement statement, ElementEntry action, FindingSink out) {
        if (ctx.policyType() != PolicyType.RESOURCE_POLICY) {
            return;
        }
        ResourcePolicyTypes.of(ctx.resourceType()).ifPresent(type -> {
            ActionPattern pattern = ActionExpansions.pattern(ctx, action.value());
            if (pattern.isWellFormed() && !pattern.serviceHasWildcard() && !type.allowsService(pattern.servicePart())) {
                out.report(finding(
                        "The action " + action.value() + " is not supported for the resource-based policy "
                                + "attached to the resource type " + type.displayName() + ". Only actions of "
                                + String.join(", ", type.services())
                                + " apply there: remove the entry or move it to a policy "
                                + "of the resource it is for.",
                        action.location()));
            }
        });
    }
}
