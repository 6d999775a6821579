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

/**
 * ForAllValues: on an audience claim: the claim is single-valued, so the qualifier is at best noise (and it
 * also matches a token without the claim). ForAnyValue: has its own, stronger, finding.
 */
@CheckInfo(
        issueCode = "CONFIRM_AUDIENCE_CLAIM_TYPE",
        findingType = FindingType.SUGGESTION,
        title = "Confirm audience claim type",
        anchor = "suggestion-confirm-audience-claim-type")
public final class ConfirmAudienceClaimTypeCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        if (condition.operator().qualifier() == ConditionOperator.Qualifier.FOR_ALL_VALUES
                && AudienceClaimKeys.isAudience(condition.key())) {
            out.report(finding(
                    "The claim key " + condition.key() + " holds the token's audience, which is a single "
                            + "value. Remove the ForAllValues: qualifier from "
                            + condition.operator().text() + ".",
                    condition.keyLocation()));
        }
    }
}
