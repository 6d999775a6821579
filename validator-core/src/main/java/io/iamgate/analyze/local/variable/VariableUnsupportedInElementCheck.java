package io.iamgate.analyze.local.variable;

import io.iamgate.analyze.local.ActionCheck;
import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.PrincipalCheck;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.model.PrincipalEntry;
import io.iamgate.model.Statement;

/** IAM substitutes variables only in Resource and Condition; in Action or Principal they are literal text. */
@CheckInfo(
        issueCode = "VARIABLE_UNSUPPORTED_IN_ELEMENT",
        findingType = FindingType.ERROR,
        title = "Variable unsupported in element",
        anchor = "error-variable-unsupported-in-element")
public final class VariableUnsupportedInElementCheck extends PolicyCheck implements ActionCheck, PrincipalCheck {

    @Override
    public void checkAction(CheckContext ctx, Statement statement, ElementEntry action, FindingSink out) {
        check(action.element(), action.value(), action.location(), out);
    }

    @Override
    public void checkPrincipal(CheckContext ctx, Statement statement, PrincipalEntry principal, FindingSink out) {
        check(principal.element(), principal.value(), principal.location(), out);
    }

    private void check(String element, String text, Location location, FindingSink out) {
        if (!PolicyVariable.mayContain(text)) {
            return;
        }
        PolicyVariable v = PolicyVariable.in(text).get(0);
        out.report(finding(
                "The policy variable " + v + " is in " + element + ", where IAM does not substitute "
                        + "variables (only Resource and Condition values). Remove it, or move the restriction into a "
                        + "Resource or Condition.",
                location));
    }
}
