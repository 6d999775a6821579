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
import java.util.List;

/** A Region in the ARN of a service whose resources have none (IAM, S3 buckets): the ARN matches nothing. */
@CheckInfo(
        issueCode = "ARN_REGION_NOT_ALLOWED",
        findingType = FindingType.ERROR,
        title = "ARN Region not allowed",
        anchor = "error-arn-region-not-allowed")
public final class ArnRegionNotAllowedCheck extends PolicyCheck implements ResourceCheck {

    @Override
    public void checkResource(CheckContext ctx, Statement statement, ElementEntry resource, FindingSink out) {
        PolicyArn.of(ctx, resource).ifPresent(p -> {
            String region = p.arn().region();
            // Judged on the formats the resource part can name: S3 access points have Regions, buckets not.
            boolean possible = !region.isEmpty()
                    && !region.equals("*")
                    && p.formats().stream().anyMatch(f -> !f.hasRegion());
            List<ArnFormat> matches = possible ? p.resourceMatches() : List.of();
            if (!matches.isEmpty() && matches.stream().noneMatch(ArnFormat::hasRegion)) {
                out.report(finding(
                        "The service " + p.service() + " does not support specifying a Region in the "
                                + "resource ARN. Remove " + region + " and leave the field empty, as in arn:aws:"
                                + p.service() + "::...",
                        resource.location()));
            }
        });
    }
}
