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

/** A Federated principal is a provider: a domain name or a SAML or OIDC provider ARN in IAM. */
@CheckInfo(
        issueCode = "INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY",
        findingType = FindingType.ERROR,
        title = "Invalid federated principal syntax in role trust policy",
        anchor = "error-invalid-federated-principal-syntax-in-role-trust-policy")
public final class InvalidFederatedPrincipalSyntaxInRoleTrustPolicyCheck extends PolicyCheck implements PrincipalCheck {

    @Override
    public void checkPrincipal(CheckContext ctx, Statement statement, PrincipalEntry principal, FindingSink out) {
        if (ctx.isTrustPolicy()
                && Principals.isFederated(principal)
                && FederatedProvider.of(principal.value()).kind() == FederatedProvider.Kind.INVALID) {
            out.report(finding(
                    "The federated principal \"" + principal.value() + "\" is neither a provider domain "
                            + "name (e.g. cognito-identity.amazonaws.com) nor an IAM identity provider ARN "
                            + "(arn:aws:iam::ACCOUNT:saml-provider/NAME or oidc-provider/HOST). Correct it.",
                    principal.location()));
        }
    }
}
