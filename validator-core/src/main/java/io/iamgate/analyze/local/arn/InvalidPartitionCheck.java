package io.iamgate.analyze.local.arn;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.ResourceCheck;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;
import java.util.stream.Collectors;

/** A partition field that is no AWS partition (aws, aws-cn, aws-us-gov, ...): the ARN matches nothing. */
@CheckInfo(
        issueCode = "INVALID_PARTITION",
        findingType = FindingType.ERROR,
        title = "Invalid partition",
        anchor = "error-invalid-partition")
public final class InvalidPartitionCheck extends PolicyCheck implements ResourceCheck {

    @Override
    public void checkResource(CheckContext ctx, Statement statement, ElementEntry resource, FindingSink out) {
        PolicyArn.of(ctx, resource).ifPresent(p -> {
            String partition = p.arn().partition();
            if (PolicyArn.isLiteral(partition) && !ctx.reference().partitions().isPartition(partition)) {
                String known = ctx.reference().partitions().all().stream()
                        .map(io.iamgate.reference.Partition::id)
                        .sorted()
                        .collect(Collectors.joining(", "));
                out.report(finding(
                        "The resource ARN for the service " + p.service() + " does not support the " + "partition "
                                + partition + ". Use the supported values: " + known + ".",
                        resource.location()));
            }
        });
    }
}
