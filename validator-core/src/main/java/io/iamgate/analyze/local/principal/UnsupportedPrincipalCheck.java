package io.iamgate.analyze.local.principal;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ElementLocations;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.PolicyType;
import io.iamgate.model.Statement;

/**
 * An identity policy applies to the identity it is attached to, so it cannot name principals; IAM rejects
 * one that does. (SCPs have their own check, SCP_SYNTAX_ERROR_PRINCIPAL.)
 */
@CheckInfo(
        issueCode = "UNSUPPORTED_PRINCIPAL",
        findingType = FindingType.ERROR,
        title = "Unsupported principal",
        anchor = "error-unsupported-principal")
public final class UnsupportedPrincipalCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (ctx.policyType() != PolicyType.IDENTITY_POLICY) {
            return;
        }
        for (String element : new String[] {"Principal", "NotPrincipal"}) {
            ElementLocations.key(statement, element)
                    .ifPresent(l -> out.report(finding(
                            "Identity policies apply to "
                                    + "the identity they are attached to and do not accept a " + element
                                    + " element. Remove it, or "
                                    + "validate the document as a resource policy if that is what it is.",
                            l)));
        }
    }
}
