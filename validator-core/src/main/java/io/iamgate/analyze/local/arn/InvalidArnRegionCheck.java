package io.iamgate.analyze.local.arn;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.ResourceCheck;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;
import io.iamgate.reference.ArnFormat;

/** A literal Region field that is no Region of any partition (a typo such as us-east-9): it matches nothing. */
@CheckInfo(
        issueCode = "INVALID_ARN_REGION",
        findingType = FindingType.ERROR,
        title = "Invalid ARN Region",
        anchor = "error-invalid-arn-region")
public final class InvalidArnRegionCheck extends PolicyCheck implements ResourceCheck {

    @Override
    public void checkResource(CheckContext ctx, Statement statement, ElementEntry resource, FindingSink out) {
        PolicyArn.of(ctx, resource).ifPresent(p -> {
            String region = p.arn().region();
            if (!region.isEmpty()
                    && PolicyArn.isLiteral(region)
                    && !ctx.reference().partitions().isRegion(region)
                    && (!p.serviceKnown() || p.formats().stream().anyMatch(ArnFormat::hasRegion))) {
                out.report(finding(
                        "The Region " + region + " is not valid for this resource. Update the resource ARN "
                                + "to include a supported Region (such as us-east-1), or * for every Region.",
                        resource.location()));
            }
        });
    }
}
