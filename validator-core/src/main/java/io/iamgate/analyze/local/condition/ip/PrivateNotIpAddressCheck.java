package io.iamgate.analyze.local.condition.ip;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** NotIpAddress on aws:SourceIp with only private ranges: it always matches. Points at each private value. */
@CheckInfo(
        issueCode = "PRIVATE_NOT_IP_ADDRESS",
        findingType = FindingType.ERROR,
        title = "Private NotIpAddress",
        anchor = "error-private-not-ip-address")
public final class PrivateNotIpAddressCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        SourceIpValues.of(condition, true).ifPresent(values -> {
            if ((values.publicCount() > 0) == false) {
                out.report(finding(
                        "The aws:SourceIp values under " + condition.operator().text()
                                + " are all private addresses, but "
                                + "aws:SourceIp only ever holds public addresses, so this condition always matches and excludes "
                                + "nothing. List public ranges, or use aws:VpcSourceIp (with aws:SourceVpc) for addresses inside "
                                + "a VPC.",
                        values.privateValues()));
            }
        });
    }
}
