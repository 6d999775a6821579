package io.iamgate.analyze.local.condition.rcp;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.PolicyType;
import io.iamgate.model.Statement;

/**
 * In an RCP, aws:Source* keys describe a service acting for a resource and are absent when your own IAM
 * principals call, so a Deny on them also hits your principals unless aws:PrincipalIsAWSService true scopes it.
 */
@CheckInfo(
        issueCode = "RCP_MISSING_RELATED_SERVICE_PRINCIPAL_CONDITION_KEY",
        findingType = FindingType.WARNING,
        title = "RCP missing related service principal condition key",
        anchor = "general-warning-rcp-missing-related-service-principal-condition-key")
public final class RcpMissingRelatedServicePrincipalConditionKeyCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        if (ctx.policyType() != PolicyType.RESOURCE_CONTROL_POLICY
                || !RcpConditionKeys.isSourceKey(condition.key())
                || RcpConditionKeys.testsPrincipalIsAwsService(statement, "true")) {
            return;
        }
        out.report(finding(
                "This RCP statement tests " + condition.key() + ", which only service principals carry, "
                        + "so it also affects your IAM roles and users. Add \"BoolIfExists\": "
                        + "{\"aws:PrincipalIsAWSService\": \"true\"} to its Condition element.",
                condition.keyLocation()));
    }
}
