package io.iamgate.analyze.local.trust;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.analyze.local.principal.Principals;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.model.PrincipalEntry;
import io.iamgate.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SAML users assume roles with sts:AssumeRoleWithSAML and OIDC/web identity users with
 * sts:AssumeRoleWithWebIdentity; any other assume action never matches them. Locations: the action entry,
 * then each federated principal it does not fit (Access Analyzer's order).
 */
@CheckInfo(
        issueCode = "MISMATCHED_ACTION_FOR_PRINCIPAL",
        findingType = FindingType.ERROR,
        title = "Mismatched action for principal",
        anchor = "error-mismatched-action-for-principal")
public final class MismatchedActionForPrincipalCheck extends PolicyCheck implements StatementCheck {

    private static final Set<String> ASSUME_ACTIONS =
            Set.of("sts:assumerole", "sts:assumerolewithsaml", "sts:assumerolewithwebidentity");

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (!Principals.apply(ctx)) {
            return;
        }
        List<PrincipalEntry> federated = new ArrayList<>();
        for (PrincipalEntry p : statement.principalEntries()) {
            if (!p.isNegated()
                    && Principals.isFederated(p)
                    && FederatedProvider.of(p.value()).kind() != FederatedProvider.Kind.INVALID) {
                federated.add(p);
            }
        }
        if (federated.isEmpty()) {
            return;
        }
        for (ElementEntry action : statement.actionEntries()) {
            if (action.isNegated() || !ASSUME_ACTIONS.contains(action.value().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            List<Location> locations = new ArrayList<>();
            locations.add(action.location());
            List<String> names = new ArrayList<>();
            for (PrincipalEntry p : federated) {
                if (!FederatedProvider.of(p.value()).assumeAction().equalsIgnoreCase(action.value())) {
                    locations.add(p.location());
                    names.add(p.value());
                }
            }
            if (!names.isEmpty()) {
                out.report(finding(
                        "The " + action.value() + " action never matches the federated principal(s) "
                                + String.join(", ", names) + ". Use sts:AssumeRoleWithSAML with a SAML provider and "
                                + "sts:AssumeRoleWithWebIdentity with an OIDC provider.",
                        locations));
            }
        }
    }
}
