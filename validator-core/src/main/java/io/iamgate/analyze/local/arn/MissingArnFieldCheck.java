package io.iamgate.analyze.local.arn;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.ResourceCheck;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** An ARN with fewer than six colon-separated fields names nothing: IAM cannot match it to a resource. */
@CheckInfo(
        issueCode = "MISSING_ARN_FIELD",
        findingType = FindingType.ERROR,
        title = "Missing ARN field",
        anchor = "error-missing-arn-field")
public final class MissingArnFieldCheck extends PolicyCheck implements ResourceCheck {

    @Override
    public void checkResource(CheckContext ctx, Statement statement, ElementEntry resource, FindingSink out) {
        String value = resource.value();
        if (value.startsWith("arn:")
                && io.iamgate.reference.ResourceArn.parse(value).isEmpty()) {
            out.report(finding(
                    "Resource ARNs must include at least 6 fields in the following structure: "
                            + "arn:partition:service:region:account:resource. " + value + " has fewer: add the missing "
                            + "fields (leave Region or account empty, as in arn:aws:s3:::bucket, where the service has none).",
                    resource.location()));
        }
    }
}
