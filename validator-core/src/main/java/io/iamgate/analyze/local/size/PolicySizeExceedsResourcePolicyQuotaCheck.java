package io.iamgate.analyze.local.size;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.DocumentCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.PolicyType;
import java.util.Map;

/**
 * Each service caps its resource policies. Known here: the resource types Access Analyzer validates for
 * whose services the quota is documented, S3 buckets (20 KB) and DynamoDB tables (20 KB). Other resource
 * types are not judged: a wrong quota would be worse than none.
 */
@CheckInfo(
        issueCode = "POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA",
        findingType = FindingType.WARNING,
        title = "Policy size exceeds resource policy quota",
        anchor = "general-warning-policy-size-exceeds-resource-policy-quota")
public final class PolicySizeExceedsResourcePolicyQuotaCheck extends PolicyCheck implements DocumentCheck {

    static final Map<String, Integer> QUOTAS = Map.of(
            "AWS::S3::Bucket", 20_480,
            "AWS::DynamoDB::Table", 20_480);

    @Override
    public void checkDocument(CheckContext ctx, FindingSink out) {
        if (ctx.policyType() != PolicyType.RESOURCE_POLICY || ctx.isTrustPolicy() || ctx.resourceType() == null) {
            return;
        }
        Integer quota = QUOTAS.get(ctx.resourceType());
        if (quota == null) {
            return;
        }
        int size = ctx.document().text().length();
        if (size > quota) {
            out.report(finding(
                    "The " + ctx.resourceType() + " policy has " + size + " characters, over the " + quota
                            + " character quota for its resource policies; the service will refuse it. Remove whitespace, "
                            + "or move statements elsewhere (e.g. access points or identity policies).",
                    ctx.document().wholeDocument()));
        }
    }
}
