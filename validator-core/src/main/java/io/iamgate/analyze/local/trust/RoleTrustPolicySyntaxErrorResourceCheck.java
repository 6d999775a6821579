package io.iamgate.analyze.local.trust;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ElementLocations;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** A role trust policy's resource is the role itself; a Resource or NotResource element is rejected. */
@CheckInfo(
        issueCode = "ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE",
        findingType = FindingType.ERROR,
        title = "Role trust policy syntax error resource",
        anchor = "error-role-trust-policy-syntax-error-resource")
public final class RoleTrustPolicySyntaxErrorResourceCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (!ctx.isTrustPolicy()) {
            return;
        }
        for (String element : new String[] {"Resource", "NotResource"}) {
            ElementLocations.key(statement, element)
                    .ifPresent(l -> out.report(finding(
                            "A role trust policy applies " + "to its role and cannot name resources. Remove the "
                                    + element + " element.",
                            l)));
        }
    }
}
