package io.iamgate.analyze.local.size;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.DocumentCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.PolicyType;

/** Organizations refuses an RCP over 5,120 characters, counting every character. */
@CheckInfo(
        issueCode = "POLICY_SIZE_EXCEEDS_RCP_QUOTA",
        findingType = FindingType.ERROR,
        title = "Policy size exceeds RCP quota",
        anchor = "error-policy-size-exceeds-rcp-quota")
public final class PolicySizeExceedsRcpQuotaCheck extends PolicyCheck implements DocumentCheck {

    static final int QUOTA = 5_120;

    @Override
    public void checkDocument(CheckContext ctx, FindingSink out) {
        if (ctx.policyType() != PolicyType.RESOURCE_CONTROL_POLICY) {
            return;
        }
        int size = ctx.document().text().length();
        if (size > QUOTA) {
            out.report(finding(
                    "The RCP has " + size + " characters, over the " + QUOTA + " character quota for "
                            + "RCPs; Organizations will refuse it. Remove whitespace, or split it into several RCPs.",
                    ctx.document().wholeDocument()));
        }
    }
}
