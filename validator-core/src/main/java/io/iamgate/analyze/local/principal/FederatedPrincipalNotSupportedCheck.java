package io.iamgate.analyze.local.principal;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.PrincipalCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.PrincipalEntry;
import io.iamgate.model.Statement;

/** Only a role trust policy can name an identity provider: federated users act through the role they assume. */
@CheckInfo(
        issueCode = "FEDERATED_PRINCIPAL_NOT_SUPPORTED",
        findingType = FindingType.ERROR,
        title = "Federated principal not supported",
        anchor = "error-federated-principal-not-supported")
public final class FederatedPrincipalNotSupportedCheck extends PolicyCheck implements PrincipalCheck {

    @Override
    public void checkPrincipal(CheckContext ctx, Statement statement, PrincipalEntry principal, FindingSink out) {
        if (Principals.apply(ctx) && !ctx.isTrustPolicy() && Principals.isFederated(principal)) {
            out.report(finding(
                    "Federated principals (here \"" + principal.value() + "\") are accepted only in role "
                            + "trust policies. Grant access to the role that the federated users assume instead.",
                    principal.location()));
        }
    }
}
