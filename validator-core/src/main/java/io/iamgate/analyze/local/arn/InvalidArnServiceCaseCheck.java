package io.iamgate.analyze.local.arn;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.ResourceCheck;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** ARN service fields are lowercase; IAM compares them exactly, so an uppercase one never matches. */
@CheckInfo(
        issueCode = "INVALID_ARN_SERVICE_CASE",
        findingType = FindingType.ERROR,
        title = "Invalid ARN service case",
        anchor = "error-invalid-arn-service-case")
public final class InvalidArnServiceCaseCheck extends PolicyCheck implements ResourceCheck {

    @Override
    public void checkResource(CheckContext ctx, Statement statement, ElementEntry resource, FindingSink out) {
        PolicyArn.of(ctx, resource).ifPresent(p -> {
            String service = p.service();
            if (PolicyArn.isLiteral(service) && !service.equals(service.toLowerCase(java.util.Locale.ROOT))) {
                out.report(finding(
                        "Update the service name " + service + " in the resource ARN to use all lowercase "
                                + "letters (" + service.toLowerCase(java.util.Locale.ROOT)
                                + "): ARNs are matched exactly and "
                                + "this one matches no resource.",
                        resource.location()));
            }
        });
    }
}
