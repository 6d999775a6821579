package io.iamgate.analyze.local.trust;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ElementLocations;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.PrincipalEntry;
import io.iamgate.model.Statement;
import io.iamgate.reference.Glob;
import java.util.ArrayList;
import java.util.List;

/** IAM Roles Anywhere needs sts:AssumeRole, sts:SetSourceIdentity and sts:TagSession to create a session. */
@CheckInfo(
        issueCode = "MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY",
        findingType = FindingType.ERROR,
        title = "Missing action for roles anywhere trust policy",
        anchor = "error-missing-action-for-roles-anywhere-trust-policy")
public final class MissingActionForRolesAnywhereTrustPolicyCheck extends PolicyCheck implements StatementCheck {

    private static final String ROLES_ANYWHERE = "rolesanywhere.amazonaws.com";
    private static final String[] REQUIRED = {"sts:AssumeRole", "sts:SetSourceIdentity", "sts:TagSession"};

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (!ctx.isTrustPolicy()
                || !statement.isAllow()
                || !statement.has("Action")
                || !trustsRolesAnywhere(statement)) {
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String required : REQUIRED) {
            boolean granted = false;
            for (ElementEntry action : statement.actionEntries()) {
                granted |= !action.isNegated() && Glob.matchesIgnoringCase(action.value(), required);
            }
            if (!granted) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            out.report(finding(
                    "IAM Roles Anywhere (" + ROLES_ANYWHERE + ") needs sts:AssumeRole, "
                            + "sts:SetSourceIdentity and sts:TagSession to assume the role. Add "
                            + String.join(", ", missing)
                            + " to the actions.",
                    ElementLocations.value(statement, "Action").orElseThrow()));
        }
    }

    private static boolean trustsRolesAnywhere(Statement statement) {
        for (PrincipalEntry p : statement.principalEntries()) {
            if (!p.isNegated() && p.type().equals("Service") && p.value().equals(ROLES_ANYWHERE)) {
                return true;
            }
        }
        return false;
    }
}
