package io.iamgate.analyze.local.principal;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.PrincipalCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.PrincipalEntry;
import io.iamgate.model.Statement;

/** A principal given as an IAM role's unique ID (AROA...) rather than its ARN; see {@link UniqueIdReference}. */
@CheckInfo(
        issueCode = "INVALID_ROLE_REFERENCE",
        findingType = FindingType.WARNING,
        title = "Invalid role reference",
        anchor = "general-warning-invalid-role-reference")
public final class InvalidRoleReferenceCheck extends PolicyCheck implements PrincipalCheck {

    @Override
    public void checkPrincipal(CheckContext ctx, Statement statement, PrincipalEntry principal, FindingSink out) {
        if (Principals.apply(ctx)
                && principal.type().equals("AWS")
                && UniqueIdReference.is(principal.value(), "AROA")) {
            out.report(finding(
                    "The principal \"" + principal.value() + "\" is an IAM role's unique ID. Use the role's "
                            + "ARN (arn:aws:iam::ACCOUNT:role/NAME) so that the policy says whom it means.",
                    principal.location()));
        }
    }
}
