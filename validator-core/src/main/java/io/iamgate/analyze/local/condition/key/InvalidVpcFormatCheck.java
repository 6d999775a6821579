package io.iamgate.analyze.local.condition.key;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.condition.ConditionKeys;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionOperator;
import io.iamgate.model.ConditionValue;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** aws:SourceVpc holds VPC IDs ("vpc-" and 8 or 17 letters or digits); any other value can never match. */
@CheckInfo(
        issueCode = "INVALID_VPC_FORMAT",
        findingType = FindingType.ERROR,
        title = "Invalid vpc format",
        anchor = "error-invalid-vpc-format")
public final class InvalidVpcFormatCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        if (!ConditionKeys.is(condition.key(), "aws:SourceVpc")
                || condition.operator().family() != ConditionOperator.Family.STRING) {
            return;
        }
        for (ConditionValue v : condition.values()) {
            if (v.isString() && !ResourceIdFormat.isValid(v.text(), "vpc-")) {
                out.report(finding(
                        "The value \"" + v.text() + "\" of " + condition.key() + " is not a VPC ID. "
                                + "Write it as vpc- followed by 8 or 17 letters or digits, e.g. vpc-" + "0a1b2c3d.",
                        v.location()));
            }
        }
    }
}
