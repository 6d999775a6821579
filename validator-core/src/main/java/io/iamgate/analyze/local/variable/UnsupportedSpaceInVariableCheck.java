package io.iamgate.analyze.local.variable;

import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.model.FindingType;

/** Variable names have no spaces: ${aws: username} is not substituted. (The space after a default-value comma is fine.) */
@CheckInfo(
        issueCode = "UNSUPPORTED_SPACE_IN_VARIABLE",
        findingType = FindingType.ERROR,
        title = "Unsupported space in variable",
        anchor = "error-unsupported-space-in-variable")
public final class UnsupportedSpaceInVariableCheck extends VariableSyntaxCheck {

    @Override
    boolean isBad(PolicyVariable v) {
        return v.closed() && !v.body().isBlank() && v.name().indexOf(' ') >= 0;
    }

    @Override
    String details(PolicyVariable v) {
        return "The policy variable " + v + " has a space in its name, so it is not substituted. Remove the space.";
    }
}
