package io.iamgate.analyze.local.condition.key;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionOperator;
import io.iamgate.model.ConditionValue;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/**
 * A policy variable in an Allow condition value that matches far more principals than intended; the rules are in
 * {@link PermissivePatternRule}. Only operators that grant on a match count: the positive String and ARN operators, where variables are substituted.
 */
@CheckInfo(
        issueCode = "VARIABLE_USAGE_TOO_PERMISSIVE",
        findingType = FindingType.ERROR,
        title = "Variable usage too permissive",
        anchor = "error-variable-usage-too-permissive")
public final class VariableUsageTooPermissiveCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        ConditionOperator op = condition.operator();
        if (!statement.isAllow()
                || op.base() == null
                || op.base().negated()
                || !(op.family() == ConditionOperator.Family.STRING || op.family() == ConditionOperator.Family.ARN)) {
            return;
        }
        for (ConditionValue v : condition.values()) {
            if (!v.isString()) {
                continue;
            }
            PermissivePatternRule rule = PermissivePatternRule.broken(condition.key(), v.text(), true);
            if (rule != null) {
                out.report(finding(rule.details(condition.key(), v.text(), "policy variable"), v.location()));
            }
        }
    }
}
