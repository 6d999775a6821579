package io.iamgate.analyze.local.condition.ip;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** IpAddress on aws:SourceIp with only private ranges: it never matches. Points at each private value. */
@CheckInfo(
        issueCode = "PRIVATE_IP_ADDRESS",
        findingType = FindingType.ERROR,
        title = "Private IP address",
        anchor = "error-private-ip-address")
public final class PrivateIpAddressCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        SourceIpValues.of(condition, false).ifPresent(values -> {
            if ((values.publicCount() > 0) == false) {
                out.report(finding(
                        "The aws:SourceIp values under " + condition.operator().text()
                                + " are all private addresses, but "
                                + "aws:SourceIp only ever holds public addresses, so this condition never matches. List public "
                                + "ranges, or use aws:VpcSourceIp (with aws:SourceVpc) for addresses inside a VPC.",
                        values.privateValues()));
            }
        });
    }
}
