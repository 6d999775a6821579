package io.iamgate.analyze.local.variable;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.ResourceCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionValue;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.Location;
import io.iamgate.model.Statement;

/**
 * Base of the checks on how a policy variable is written, in the two places variables are substituted:
 * Resource/NotResource entries and condition values. Reports a string once, at its first bad variable,
 * on the whole string token.
 */
abstract class VariableSyntaxCheck extends PolicyCheck implements ResourceCheck, ConditionCheck {

    abstract boolean isBad(PolicyVariable variable);

    abstract String details(PolicyVariable variable);

    @Override
    public final void checkResource(CheckContext ctx, Statement statement, ElementEntry resource, FindingSink out) {
        check(resource.value(), resource.location(), out);
    }

    @Override
    public final void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        for (ConditionValue value : condition.values()) {
            if (value.isString()) {
                check(value.text(), value.location(), out);
            }
        }
    }

    private void check(String text, Location location, FindingSink out) {
        if (!PolicyVariable.mayContain(text)) {
            return;
        }
        for (PolicyVariable v : PolicyVariable.in(text)) {
            if (isBad(v)) {
                out.report(finding(details(v), location));
                return;
            }
        }
    }
}
