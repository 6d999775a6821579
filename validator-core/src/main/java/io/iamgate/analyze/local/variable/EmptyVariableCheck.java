package io.iamgate.analyze.local.variable;

import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.model.FindingType;

/** An empty ${} names nothing. */
@CheckInfo(
        issueCode = "EMPTY_VARIABLE",
        findingType = FindingType.ERROR,
        title = "Empty variable",
        anchor = "error-empty-variable")
public final class EmptyVariableCheck extends VariableSyntaxCheck {

    @Override
    boolean isBad(PolicyVariable v) {
        return v.isEmpty();
    }

    @Override
    String details(PolicyVariable v) {
        return "The policy variable " + v
                + " names no variable. Put a variable name between the braces, or remove the ${}.";
    }
}
