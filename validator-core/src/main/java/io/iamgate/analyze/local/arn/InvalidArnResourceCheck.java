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
import java.util.stream.Collectors;

/**
 * The resource part of an ARN that no resource-type format of its service can produce. Lenient: a
 * placeholder such as {@code ${QueueName}} takes any characters, so only ARNs that cannot match are reported.
 * Not in {@code LocalChecks.all()}: Access Analyzer accepts ARNs that even this lenient reading rejects, and
 * no real answer shows what it does reject (the reason in docs/checks.md).
 */
@CheckInfo(
        issueCode = "INVALID_ARN_RESOURCE",
        findingType = FindingType.ERROR,
        title = "Invalid ARN resource",
        anchor = "error-invalid-arn-resource")
public final class InvalidArnResourceCheck extends PolicyCheck implements ResourceCheck {

    @Override
    public void checkResource(CheckContext ctx, Statement statement, ElementEntry resource, FindingSink out) {
        PolicyArn.of(ctx, resource).ifPresent(p -> {
            if (p.serviceKnown() && p.resourceMatches().isEmpty()) {
                String examples =
                        p.formats().stream().limit(3).map(ArnFormat::format).collect(Collectors.joining(", "));
                out.report(finding(
                        "Resource ARN does not match the expected ARN format. Update the resource portion "
                                + "of the ARN: " + p.service() + " resources look like " + examples + ".",
                        resource.location()));
            }
        });
    }
}
