package io.iamgate.analyze.local.trust;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.PrincipalCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.PrincipalEntry;
import io.iamgate.model.Statement;

/** "Principal": "*" in a role trust policy would let any AWS account's principals assume the role. */
@CheckInfo(
        issueCode = "ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL",
        findingType = FindingType.ERROR,
        title = "Role trust policy unsupported wildcard in principal",
        anchor = "error-role-trust-policy-unsupported-wildcard-in-principal")
public final class RoleTrustPolicyUnsupportedWildcardInPrincipalCheck extends PolicyCheck implements PrincipalCheck {

    @Override
    public void checkPrincipal(CheckContext ctx, Statement statement, PrincipalEntry principal, FindingSink out) {
        if (ctx.isTrustPolicy() && !principal.isNegated() && principal.isAnyone()) {
            out.report(finding(
                    "A role trust policy cannot trust \"*\" (every principal in every account). Name the "
                            + "accounts, roles or services that may assume the role.",
                    principal.location()));
        }
    }
}
