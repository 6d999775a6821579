package io.iamgate.analyze.local.principal;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.PrincipalCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.PrincipalEntry;
import io.iamgate.model.Statement;

/** A principal given as an IAM user's unique ID (AIDA...) rather than its ARN; see {@link UniqueIdReference}. */
@CheckInfo(
        issueCode = "INVALID_USER_REFERENCE",
        findingType = FindingType.WARNING,
        title = "Invalid user reference",
        anchor = "general-warning-invalid-user-reference")
public final class InvalidUserReferenceCheck extends PolicyCheck implements PrincipalCheck {

    @Override
    public void checkPrincipal(CheckContext ctx, Statement statement, PrincipalEntry principal, FindingSink out) {
        if (Principals.apply(ctx)
                && principal.type().equals("AWS")
                && UniqueIdReference.is(principal.value(), "AIDA")) {
            out.report(finding(
                    "The principal \"" + principal.value() + "\" is an IAM user's unique ID. Use the user's "
                            + "ARN (arn:aws:iam::ACCOUNT:user/NAME) so that the policy says whom it means.",
                    principal.location()));
        }
    }
}
