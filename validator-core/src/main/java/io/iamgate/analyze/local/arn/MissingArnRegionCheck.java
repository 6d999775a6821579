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

/** An empty Region field where every format of the named resource has a Region: the ARN matches nothing. */
@CheckInfo(
        issueCode = "MISSING_ARN_REGION",
        findingType = FindingType.ERROR,
        title = "Missing ARN Region",
        anchor = "error-missing-arn-region")
public final class MissingArnRegionCheck extends PolicyCheck implements ResourceCheck {

    @Override
    public void checkResource(CheckContext ctx, Statement statement, ElementEntry resource, FindingSink out) {
        PolicyArn.of(ctx, resource).ifPresent(p -> {
            if (!p.arn().region().isEmpty()) {
                return;
            }
            List<ArnFormat> matches = p.resourceMatches();
            if (!matches.isEmpty() && matches.stream().allMatch(ArnFormat::hasRegion)) {
                out.report(finding(
                        "Add a Region to the " + p.service() + " resource ARN (or * for every Region): "
                                + "its resources are regional, and an empty Region field matches none of them.",
                        resource.location()));
            }
        });
    }
}
