package io.iamgate.analyze.local.variable;

import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.model.FindingType;

/** A variable default value (${aws:PrincipalTag/team, 'none'}) must be in single quotes. */
@CheckInfo(
        issueCode = "MISSING_QUOTE_IN_VARIABLE",
        findingType = FindingType.ERROR,
        title = "Missing quote in variable",
        anchor = "error-missing-quote-in-variable")
public final class MissingQuoteInVariableCheck extends VariableSyntaxCheck {

    @Override
    boolean isBad(PolicyVariable v) {
        return v.closed() && v.defaultValue() != null && !quoted(v.defaultValue());
    }

    @Override
    String details(PolicyVariable v) {
        return "The default value in " + v + " is not enclosed in single quotes. Write it as ${name, 'default'}.";
    }

    private static boolean quoted(String value) {
        return value.length() >= 2 && value.charAt(0) == '\'' && value.charAt(value.length() - 1) == '\'';
    }
}
