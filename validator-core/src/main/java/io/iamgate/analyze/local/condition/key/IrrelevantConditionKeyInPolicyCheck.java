package io.iamgate.analyze.local.condition.key;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.condition.ConditionKeys;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;
import java.util.Set;

/**
 * Keys that describe the resource's own owner (aws:ResourceAccount, aws:ResourceOrgID, ...) are constant in a
 * policy attached to that resource, so they decide nothing there; they belong in identity policies and SCPs.
 * Runs only when the policy is validated for a resource type.
 */
@CheckInfo(
        issueCode = "IRRELEVANT_CONDITION_KEY_IN_POLICY",
        findingType = FindingType.SUGGESTION,
        title = "Irrelevant condition key in policy",
        anchor = "suggestion-irrelevant-condition-key-in-policy")
public final class IrrelevantConditionKeyInPolicyCheck extends PolicyCheck implements ConditionCheck {

    private static final Set<String> RESOURCE_OWNER_KEYS =
            Set.of("aws:resourceaccount", "aws:resourceorgid", "aws:resourceorgpaths");

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        String resourceType = ctx.resourceType();
        if (resourceType == null) {
            return;
        }
        String key = ConditionKeys.lower(condition.key());
        boolean irrelevant = RESOURCE_OWNER_KEYS.contains(key)
                || (key.equals("s3:resourceaccount") && resourceType.startsWith("AWS::S3"));
        if (irrelevant) {
            out.report(finding(
                    "The condition key " + condition.key() + " always holds this " + resourceType
                            + " resource's own owner, so it decides nothing in the resource's policy. Use it in an "
                            + "identity-based policy (or an SCP) to govern access to resources.",
                    condition.keyLocation()));
        }
    }
}
