package io.iamgate.analyze.local.condition.ip;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** NotIpAddress on aws:SourceIp mixing private and public ranges: the private ones exclude nothing. Points at each private value. */
@CheckInfo(
        issueCode = "PRIVATE_NOT_IP_ADDRESS_SUBSET",
        findingType = FindingType.SUGGESTION,
        title = "Private NotIpAddress subset",
        anchor = "suggestion-private-not-ip-address-subset")
public final class PrivateNotIpAddressSubsetCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        SourceIpValues.of(condition, true).ifPresent(values -> {
            if ((values.publicCount() > 0) == true) {
                out.report(finding(
                        "Some aws:SourceIp values under " + condition.operator().text()
                                + " are private addresses, which "
                                + "exclude nothing: aws:SourceIp only ever holds public addresses. Remove them, and use "
                                + "aws:VpcSourceIp for addresses inside a VPC.",
                        values.privateValues()));
            }
        });
    }
}
