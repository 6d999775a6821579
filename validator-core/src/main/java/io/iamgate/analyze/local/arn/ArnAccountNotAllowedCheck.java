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

/** An account ID in the ARN of a service whose resources have none (S3 buckets): the ARN matches nothing. */
@CheckInfo(
        issueCode = "ARN_ACCOUNT_NOT_ALLOWED",
        findingType = FindingType.ERROR,
        title = "ARN account not allowed",
        anchor = "error-arn-account-not-allowed")
public final class ArnAccountNotAllowedCheck extends PolicyCheck implements ResourceCheck {

    @Override
    public void checkResource(CheckContext ctx, Statement statement, ElementEntry resource, FindingSink out) {
        PolicyArn.of(ctx, resource).ifPresent(p -> {
            String account = p.arn().account();
            // Judged on the formats the resource part can name: S3 access points have accounts, buckets not.
            boolean possible = !account.isEmpty()
                    && !account.equals("*")
                    && p.formats().stream().anyMatch(f -> !f.hasAccount());
            List<ArnFormat> matches = possible ? p.resourceMatches() : List.of();
            if (!matches.isEmpty() && matches.stream().noneMatch(ArnFormat::hasAccount)) {
                out.report(finding(
                        "The service " + p.service() + " does not support specifying an account ID in "
                                + "the resource ARN. Remove " + account + " and leave the field empty.",
                        resource.location()));
            }
        });
    }
}
