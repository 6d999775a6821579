package io.iamgate.analyze.local.condition.ip;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.condition.value.ValueText;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionOperator;
import io.iamgate.model.ConditionValue;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/**
 * IpAddress and NotIpAddress take IPv4/IPv6 addresses or CIDR ranges. Values holding a policy variable are left
 * to INVALID_VARIABLE_FOR_OPERATOR.
 */
@CheckInfo(
        issueCode = "TYPE_MISMATCH_IP_RANGE",
        findingType = FindingType.ERROR,
        title = "Type mismatch IP range",
        anchor = "error-type-mismatch-ip-range")
public final class TypeMismatchIpRangeCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        if (condition.operator().family() != ConditionOperator.Family.IP_ADDRESS) {
            return;
        }
        for (ConditionValue v : condition.values()) {
            String t = v.text();
            if (v.isString() && ValueText.hasVariable(t)) {
                continue;
            }
            if (!v.isString() || IpRange.parse(t).isEmpty()) {
                out.report(finding(
                        "The value \"" + t + "\" of " + condition.key() + " is not an IP address or range, "
                                + "but " + condition.operator().text()
                                + " compares IP addresses. Write an IPv4 or IPv6 "
                                + "address or CIDR range such as 203.0.113.0/24 or 2001:db8::/32.",
                        v.location()));
            }
        }
    }
}
