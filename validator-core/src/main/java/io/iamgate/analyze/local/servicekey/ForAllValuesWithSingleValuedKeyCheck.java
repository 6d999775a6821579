package io.iamgate.analyze.local.servicekey;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.condition.ConditionKeys;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionOperator;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/**
 * ForAllValues on a single-valued key also matches when the key is absent from the request, so an Allow
 * with it grants more than it reads. As AWS's check reference says: a key is multivalued when the Service
 * Authorization Reference types it ArrayOf..., single-valued otherwise; the risk it names is an overly
 * permissive policy. That risk exists in Allow statements only (in a Deny, matching a missing key denies
 * more, never grants), and no real answer shows a warning on a Deny, so a Deny is never judged on a guess.
 * Keys the reference does not define are not judged either.
 */
@CheckInfo(
        issueCode = "FORALLVALUES_WITH_SINGLE_VALUED_KEY",
        findingType = FindingType.SECURITY_WARNING,
        title = "ForAllValues with single valued key",
        anchor = "security-warning-forallvalues-with-single-valued-key")
public final class ForAllValuesWithSingleValuedKeyCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        if (condition.operator().qualifier() != ConditionOperator.Qualifier.FOR_ALL_VALUES || !statement.isAllow()) {
            return;
        }
        ConditionKeys.definition(ctx.reference(), condition.key())
                .filter(d -> !d.multivalued())
                .ifPresent(d -> out.report(finding(
                        "Using ForAllValues qualifier with the single-valued condition key "
                                + condition.key()
                                + " can be overly permissive. We recommend that you remove ForAllValues: "
                                + "(it also matches requests without the key).",
                        condition.keyLocation())));
    }
}
