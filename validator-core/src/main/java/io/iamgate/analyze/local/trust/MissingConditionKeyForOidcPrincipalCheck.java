package io.iamgate.analyze.local.trust;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.PrincipalCheck;
import io.iamgate.analyze.local.principal.Principals;
import io.iamgate.model.FindingType;
import io.iamgate.model.PrincipalEntry;
import io.iamgate.model.Statement;

/**
 * Trusting an OIDC provider without a condition on its claims (aud, sub, ...) lets every identity that
 * provider issues tokens for assume the role, in any tenant.
 */
@CheckInfo(
        issueCode = "MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL",
        findingType = FindingType.SECURITY_WARNING,
        title = "Missing condition key for OIDC principal",
        anchor = "security-warning-missing-condition-key-for-oidc-principal")
public final class MissingConditionKeyForOidcPrincipalCheck extends PolicyCheck implements PrincipalCheck {

    @Override
    public void checkPrincipal(CheckContext ctx, Statement statement, PrincipalEntry principal, FindingSink out) {
        if (!ctx.isTrustPolicy()
                || !statement.isAllow()
                || principal.isNegated()
                || !Principals.isFederated(principal)) {
            return;
        }
        FederatedProvider provider = FederatedProvider.of(principal.value());
        if (provider.isOpenIdConnect() && !OidcConditions.hasKeyWithPrefix(statement, provider.conditionPrefix())) {
            out.report(finding(
                    "The OIDC provider " + principal.value() + " is trusted without a condition on its "
                            + "claims, so any identity it issues tokens for can assume the role. Add conditions on keys "
                            + "starting with " + provider.conditionPrefix() + " (e.g. aud and sub).",
                    principal.location()));
        }
    }
}
