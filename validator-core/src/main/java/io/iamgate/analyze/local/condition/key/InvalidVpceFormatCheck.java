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

/** aws:SourceVpce holds VPC endpoint IDs ("vpce-" and 8 or 17 letters or digits); any other value can never match. */
@CheckInfo(
        issueCode = "INVALID_VPCE_FORMAT",
        findingType = FindingType.ERROR,
        title = "Invalid vpce format",
        anchor = "error-invalid-vpce-format")
public final class InvalidVpceFormatCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        if (!ConditionKeys.is(condition.key(), "aws:SourceVpce")
                || condition.operator().family() != ConditionOperator.Family.STRING) {
            return;
        }
        for (ConditionValue v : condition.values()) {
            if (v.isString() && !ResourceIdFormat.isValid(v.text(), "vpce-")) {
                out.report(finding(
                        "The value \"" + v.text() + "\" of " + condition.key() + " is not a VPC endpoint ID. "
                                + "Write it as vpce- followed by 8 or 17 letters or digits, e.g. vpce-" + "0a1b2c3d.",
                        v.location()));
            }
        }
    }
}
