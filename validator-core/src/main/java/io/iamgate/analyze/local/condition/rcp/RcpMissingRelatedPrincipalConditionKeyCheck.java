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
 * In an RCP, a principal key such as aws:PrincipalOrgID is absent when an AWS service calls, so a Deny on it
 * also denies services acting for you unless the statement excludes them with aws:PrincipalIsAWSService false.
 */
@CheckInfo(
        issueCode = "RCP_MISSING_RELATED_PRINCIPAL_CONDITION_KEY",
        findingType = FindingType.WARNING,
        title = "RCP missing related principal condition key",
        anchor = "general-warning-rcp-missing-related-principal-condition-key")
public final class RcpMissingRelatedPrincipalConditionKeyCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        if (ctx.policyType() != PolicyType.RESOURCE_CONTROL_POLICY
                || !RcpConditionKeys.isPrincipalKey(condition.key())
                || RcpConditionKeys.testsPrincipalIsAwsService(statement, "false")) {
            return;
        }
        out.report(finding(
                "This RCP statement tests the principal key " + condition.key() + ", which AWS service "
                        + "principals do not carry, so it also affects services acting on your behalf. Add \"BoolIfExists\": "
                        + "{\"aws:PrincipalIsAWSService\": \"false\"} to its Condition element.",
                condition.keyLocation()));
    }
}
