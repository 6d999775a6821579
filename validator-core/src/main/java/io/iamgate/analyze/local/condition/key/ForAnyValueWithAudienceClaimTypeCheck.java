package io.iamgate.analyze.local.condition.key;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionOperator;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** ForAnyValue: on a single-valued audience claim can let tokens issued for other audiences through. */
@CheckInfo(
        issueCode = "FORANYVALUE_WITH_AUDIENCE_CLAIM_TYPE",
        findingType = FindingType.SECURITY_WARNING,
        title = "ForAnyValue with audience claim type",
        anchor = "security-warning-foranyvalue-with-audience-claim-type")
public final class ForAnyValueWithAudienceClaimTypeCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        if (condition.operator().qualifier() == ConditionOperator.Qualifier.FOR_ANY_VALUE
                && AudienceClaimKeys.isAudience(condition.key())) {
            out.report(finding(
                    "ForAnyValue: on the single-valued audience claim " + condition.key() + " can be "
                            + "overly permissive. Remove the qualifier and write "
                            + condition.operator().base().name()
                            + (condition.operator().ifExists() ? "IfExists" : "") + ".",
                    condition.keyLocation()));
        }
    }
}
