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
@CheckInfo(issueCode = "VARIABLE_USAGE_TOO_PERMISSIVE", findingType = FindingType.ERROR, title = "Variable usage too permissive", anchor = "error-variable-usage-too-permissive")
public final class VariableUsageTooPermissiveCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        ConditionOperator op = condition.operator();
        if (!statement.isAllow() || op.base() == null || op.base().negated() || !(op.family() == ConditionOperator.Family.STRING || op.family() == ConditionOperator.Family.ARN)) {
            return;
        }
        for (ConditionValue v : condition.values()) {
            if (!v.isString()) {
                continue;
            }
            PermissivePatternRule rule = PermissivePatternRule.broken(condition.key(), v.text(), true);
            if (rule != null) {
                out.report(finding(details(condition.key(), v.text(), rule), v.location()));
            }
        }
    }

    private static String details(String key, String value, PermissivePatternRule rule) {
        switch (rule) {
            case SENSITIVE_KEY:
                return "The value \"" + value + "\" puts a policy variable in " + key + ", a sensitive key where a policy variable "
                        + "can match principals outside your control. Write the exact values.";
            case USERID_LEFT_OF_COLON:
                return "The value \"" + value + "\" puts a policy variable left of the colon in " + key + " (principal-id:session)."
                        + " Put it right of the colon, or make it the whole left side.";
            default:
                return "The value \"" + value + "\" of " + key + " has fewer than "
                        + PermissivePatternRule.MIN_LEADING_CHARACTERS + " literal characters before its policy variable, so it "
                        + "matches almost any subject. Put at least " + PermissivePatternRule.MIN_LEADING_CHARACTERS
                        + " fixed characters (e.g. repo:my-org/my-repo:) before it.";
        }
    }
}
