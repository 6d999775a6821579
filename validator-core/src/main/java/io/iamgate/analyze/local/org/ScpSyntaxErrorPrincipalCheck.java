package io.iamgate.analyze.local.org;

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
 * An SCP applies to every principal of the accounts it is attached to; Organizations rejects Principal and
 * NotPrincipal (scope by aws:PrincipalArn conditions instead). Still true after SCPs gained the full IAM
 * policy language on 2025-09-19.
 */
@CheckInfo(
        issueCode = "SCP_SYNTAX_ERROR_PRINCIPAL",
        findingType = FindingType.ERROR,
        title = "SCP syntax error principal",
        anchor = "error-scp-syntax-error-principal")
public final class ScpSyntaxErrorPrincipalCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (ctx.policyType() != PolicyType.SERVICE_CONTROL_POLICY) {
            return;
        }
        for (String element : new String[] {"Principal", "NotPrincipal"}) {
            ElementLocations.key(statement, element)
                    .ifPresent(l -> out.report(finding(
                            "SCPs apply to every "
                                    + "principal in the accounts they are attached to and do not accept " + element
                                    + ". Remove it, "
                                    + "and use a condition on aws:PrincipalArn to single out principals.",
                            l)));
        }
    }
}
