package io.iamgate.analyze.local.condition.key;

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
 * s3:prefix in a Deny with a positive operator, or in an Allow with a negated one: a request with a shorter
 * prefix ("" or "priv") escapes the match and still lists the objects meant to be hidden.
 */
@CheckInfo(
        issueCode = "S3_PREFIX_IN_NEGATIVE_CONTEXT",
        findingType = FindingType.SECURITY_WARNING,
        title = "S3 prefix in negative context",
        anchor = "security-warning-s3-prefix-in-negative-context")
public final class S3PrefixInNegativeContextCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        ConditionOperator op = condition.operator();
        if (!ConditionKeys.is(condition.key(), "s3:prefix") || op.family() != ConditionOperator.Family.STRING) {
            return;
        }
        boolean negated = op.base().negated();
        if ((statement.isDeny() && !negated) || (statement.isAllow() && negated)) {
            out.report(finding(
                    "s3:prefix under " + op.text() + " in " + (statement.isDeny() ? "a Deny" : "an Allow")
                            + " statement does not stop listing: a request with a shorter prefix does not match and still "
                            + "lists the objects. Restrict listing with StringLike on s3:prefix in an Allow statement, or "
                            + "with StringNotLike in a Deny statement.",
                    condition.keyLocation()));
        }
    }
}
