package io.iamgate.analyze.local.variable;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.ResourceCheck;
import io.iamgate.load.Node;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionValue;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.model.Statement;

/**
 * Policy variables exist from version 2012-10-17; under 2008-10-17 (or no Version, which means 2008-10-17)
 * "${aws:username}" is matched as literal text. Points at each string that uses a variable.
 */
@CheckInfo(
        issueCode = "VARIABLE_UNSUPPORTED_IN_VERSION",
        findingType = FindingType.ERROR,
        title = "Variable unsupported in version",
        anchor = "error-variable-unsupported-in-version")
public final class VariableUnsupportedInVersionCheck extends PolicyCheck implements ResourceCheck, ConditionCheck {

    @Override
    public void checkResource(CheckContext ctx, Statement statement, ElementEntry resource, FindingSink out) {
        check(ctx, resource.value(), resource.location(), out);
    }

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        for (ConditionValue value : condition.values()) {
            if (value.isString()) {
                check(ctx, value.text(), value.location(), out);
            }
        }
    }

    private void check(CheckContext ctx, String text, Location location, FindingSink out) {
        if (PolicyVariable.mayContain(text) && !PolicyVariable.in(text).isEmpty() && isOldVersion(ctx)) {
            out.report(finding(
                    "This value uses a policy variable, but the policy's version is not 2012-10-17, so the "
                            + "variable is read as plain text. Set \"Version\": \"2012-10-17\".",
                    location));
        }
    }

    /** No Version, or "2008-10-17". Another value is INVALID_VERSION's business. */
    private static boolean isOldVersion(CheckContext ctx) {
        var version = ctx.document().rootObject().flatMap(root -> root.get("Version"));
        return version.isEmpty()
                || (version.get() instanceof Node.StringNode s && s.value().equals("2008-10-17"));
    }
}
