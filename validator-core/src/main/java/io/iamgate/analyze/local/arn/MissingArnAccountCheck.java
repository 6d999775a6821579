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

/** An empty account field where every format of the named resource has an account: the ARN matches nothing. */
@CheckInfo(
        issueCode = "MISSING_ARN_ACCOUNT",
        findingType = FindingType.ERROR,
        title = "Missing ARN account",
        anchor = "error-missing-arn-account")
public final class MissingArnAccountCheck extends PolicyCheck implements ResourceCheck {

    @Override
    public void checkResource(CheckContext ctx, Statement statement, ElementEntry resource, FindingSink out) {
        PolicyArn.of(ctx, resource).ifPresent(p -> {
            // With a wildcard Region, Access Analyzer accepts an empty account (arn:aws:ssm:*::document/AWS-*,
            // AWS-owned resources): only a literal Region marks a specific resource whose account is missing.
            String region = p.arn().region();
            if (!p.arn().account().isEmpty() || region.isEmpty() || !PolicyArn.isLiteral(region)) {
                return;
            }
            List<ArnFormat> matches = p.resourceMatches();
            if (!matches.isEmpty() && matches.stream().allMatch(ArnFormat::hasAccount)) {
                out.report(finding(
                        "The resource " + p.arn().resource() + " in the arn is missing an account id. "
                                + "Please provide a 12 digit account id (or * for any account).",
                        resource.location()));
            }
        });
    }
}
