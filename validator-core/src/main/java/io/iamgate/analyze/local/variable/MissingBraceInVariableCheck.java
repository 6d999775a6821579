package io.iamgate.analyze.local.variable;

import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.model.FindingType;

/** A "${" without its "}" is not substituted and is matched literally. */
@CheckInfo(
        issueCode = "MISSING_BRACE_IN_VARIABLE",
        findingType = FindingType.ERROR,
        title = "Missing brace in variable",
        anchor = "error-missing-brace-in-variable")
public final class MissingBraceInVariableCheck extends VariableSyntaxCheck {

    @Override
    boolean isBad(PolicyVariable v) {
        return !v.closed();
    }

    @Override
    String details(PolicyVariable v) {
        return "The policy variable " + v + " has no closing brace, so IAM reads it as plain text. Add } after the "
                + "variable name.";
    }
}
