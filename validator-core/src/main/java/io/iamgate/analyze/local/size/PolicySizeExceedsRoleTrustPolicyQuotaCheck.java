package io.iamgate.analyze.local.size;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.DocumentCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.FindingType;

/**
 * A role trust policy may have 2,048 characters (whitespace not counted) unless the account's quota was
 * raised, which the text cannot tell; hence a warning.
 */
@CheckInfo(
        issueCode = "POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA",
        findingType = FindingType.WARNING,
        title = "Policy size exceeds role trust policy quota",
        anchor = "general-warning-policy-size-exceeds-role-trust-policy-quota")
public final class PolicySizeExceedsRoleTrustPolicyQuotaCheck extends PolicyCheck implements DocumentCheck {

    static final int DEFAULT_QUOTA = 2_048;

    @Override
    public void checkDocument(CheckContext ctx, FindingSink out) {
        if (!ctx.isTrustPolicy()) {
            return;
        }
        int size = PolicySize.nonWhitespace(ctx.document().text());
        if (size > DEFAULT_QUOTA) {
            out.report(finding(
                    "The trust policy has " + size + " characters, not counting whitespace, over the "
                            + "default quota of " + DEFAULT_QUOTA
                            + ". Shorten it, or ask for a higher role trust policy "
                            + "length quota in Service Quotas (and ignore this warning once it is raised).",
                    ctx.document().wholeDocument()));
        }
    }
}
