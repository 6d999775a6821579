package io.iamgate.analyze.local.size;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.DocumentCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.PolicyType;

/**
 * IAM refuses a managed policy over its size quota (whitespace not counted). The quota is the one Access
 * Analyzer prints, 10,240, for both managed and inline policies; the real inline limits are lower (2,048 for
 * a user, 10,240 for a role, 5,120 for a group, all policies of the entity together), which the policy text
 * alone cannot tell.
 */
@CheckInfo(
        issueCode = "POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA",
        findingType = FindingType.WARNING,
        title = "Policy size exceeds identity policy quota",
        anchor = "general-warning-policy-size-exceeds-identity-policy-quota")
public final class PolicySizeExceedsIdentityPolicyQuotaCheck extends PolicyCheck implements DocumentCheck {

    static final int QUOTA = 10_240;

    @Override
    public void checkDocument(CheckContext ctx, FindingSink out) {
        if (ctx.policyType() != PolicyType.IDENTITY_POLICY) {
            return;
        }
        int size = PolicySize.reported(ctx.document().text());
        if (size > QUOTA) {
            out.report(finding(
                    "The policy has " + size + " characters, not counting whitespace, over the " + QUOTA
                            + " character quota for identity policies; IAM will refuse it. Split it into several smaller "
                            + "policies.",
                    ctx.document().wholeDocument()));
        }
    }
}
