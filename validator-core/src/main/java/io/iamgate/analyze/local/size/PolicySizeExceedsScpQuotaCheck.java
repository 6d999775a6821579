package io.iamgate.analyze.local.size;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.DocumentCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.PolicyType;

/**
 * Organizations refuses an SCP over its size quota, counting every character. The quota is 10,240 since
 * 2026-05-15 (it was 5,120).
 */
@CheckInfo(
        issueCode = "POLICY_SIZE_EXCEEDS_SCP_QUOTA",
        findingType = FindingType.ERROR,
        title = "Policy size exceeds SCP quota",
        anchor = "error-policy-size-exceeds-scp-quota")
public final class PolicySizeExceedsScpQuotaCheck extends PolicyCheck implements DocumentCheck {

    static final int QUOTA = 10_240;

    @Override
    public void checkDocument(CheckContext ctx, FindingSink out) {
        if (ctx.policyType() != PolicyType.SERVICE_CONTROL_POLICY) {
            return;
        }
        int size = ctx.document().text().length();
        if (size > QUOTA) {
            out.report(finding(
                    "The SCP has " + size + " characters, over the " + QUOTA + " character quota for "
                            + "SCPs; Organizations will refuse it. Remove whitespace, or split it into several SCPs.",
                    ctx.document().wholeDocument()));
        }
    }
}
