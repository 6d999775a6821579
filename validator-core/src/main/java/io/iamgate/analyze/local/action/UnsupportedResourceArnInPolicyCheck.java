package io.iamgate.analyze.local.action;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.ResourceCheck;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.PolicyType;
import io.iamgate.model.Statement;

/**
 * A resource policy validated for a resource type whose Resource names something else ("*", another
 * service's ARN): the policy can only ever govern its own resource, so say which one.
 */
@CheckInfo(
        issueCode = "UNSUPPORTED_RESOURCE_ARN_IN_POLICY",
        findingType = FindingType.ERROR,
        title = "Unsupported resource ARN in policy",
        anchor = "error-unsupported-resource-arn-in-policy")
public final class UnsupportedResourceArnInPolicyCheck extends PolicyCheck implements ResourceCheck {

    @Override
    public void checkResource(CheckContext ctx, Statement statement, ElementEntry resource, FindingSink out) {
        if (ctx.policyType() != PolicyType.RESOURCE_POLICY) {
            return;
        }
        ResourcePolicyTypes.of(ctx.resourceType()).ifPresent(type -> {
            if (!type.allowsResource(resource.value())) {
                out.report(finding(
                        "The resource ARN is not supported for the resource-based policy attached to "
                                + "resource type " + type.displayName() + ". Name the " + type.displayName()
                                + " the policy is attached to (or its contents) instead of " + resource.value() + ".",
                        resource.location()));
            }
        });
    }
}
