package io.iamgate.analyze.local.trust;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ElementLocations;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** A role trust policy must say who may assume the role; NotPrincipal ("everyone but") is rejected. */
@CheckInfo(
        issueCode = "ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL",
        findingType = FindingType.ERROR,
        title = "Role trust policy syntax error notprincipal",
        anchor = "error-role-trust-policy-syntax-error-notprincipal")
public final class RoleTrustPolicySyntaxErrorNotPrincipalCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (ctx.isTrustPolicy()) {
            ElementLocations.key(statement, "NotPrincipal")
                    .ifPresent(l -> out.report(finding(
                            "Role trust policies "
                                    + "do not accept NotPrincipal. Name the principals that may assume the role in a Principal "
                                    + "element.",
                            l)));
        }
    }
}
