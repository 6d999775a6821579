package io.iamgate.analyze.local.condition.ip;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionOperator;
import io.iamgate.model.ConditionValue;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;
import java.util.Optional;

/** A CIDR with bits set after the mask (203.0.113.7/24): IAM ignores them, so the range is not what it reads. */
@CheckInfo(
        issueCode = "IMPROVE_IP_RANGE",
        findingType = FindingType.SUGGESTION,
        title = "Improve IP range",
        anchor = "suggestion-improve-ip-range")
public final class ImproveIpRangeCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        if (condition.operator().family() != ConditionOperator.Family.IP_ADDRESS) {
            return;
        }
        for (ConditionValue v : condition.values()) {
            Optional<IpRange> range = v.isString() ? IpRange.parse(v.text()) : Optional.empty();
            if (range.isPresent() && range.get().hasHostBits()) {
                out.report(finding(
                        "The range " + v.text() + " of " + condition.key() + " has bits set after its "
                                + "/" + range.get().prefix() + " mask; IAM ignores them, so it means "
                                + range.get().normalized() + ". Write "
                                + range.get().normalized() + " instead.",
                        v.location()));
            }
        }
    }
}
