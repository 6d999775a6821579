package io.iamgate.analyze.local.statement;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.ResourceCheck;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** Every resource but "*" is an ARN and starts with "arn:"; anything else matches nothing. */
@CheckInfo(
        issueCode = "INVALID_ARN_PREFIX",
        findingType = FindingType.ERROR,
        title = "Invalid ARN prefix",
        anchor = "error-invalid-arn-prefix")
public final class InvalidArnPrefixCheck extends PolicyCheck implements ResourceCheck {

    @Override
    public void checkResource(CheckContext ctx, Statement statement, ElementEntry resource, FindingSink out) {
        String v = resource.value();
        if (!"*".equals(v) && !v.startsWith("arn:")) {
            out.report(finding(
                    "The resource \"" + v + "\" does not start with \"arn:\". Write the full ARN "
                            + "(arn:partition:service:region:account:resource), or \"*\".",
                    resource.location()));
        }
    }
}
