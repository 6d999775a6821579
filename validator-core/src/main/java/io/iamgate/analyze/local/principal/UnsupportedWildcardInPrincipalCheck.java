package io.iamgate.analyze.local.principal;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.PrincipalCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.PrincipalEntry;
import io.iamgate.model.Statement;
import io.iamgate.reference.Glob;

/**
 * Principals do not match patterns: {"AWS": "*"} means anyone, but "arn:aws:iam::111122223333:user/*" is not
 * "every user", and IAM rejects it. Role trust policies report "*" with their own check.
 */
@CheckInfo(
        issueCode = "UNSUPPORTED_WILDCARD_IN_PRINCIPAL",
        findingType = FindingType.ERROR,
        title = "Unsupported wildcard in principal",
        anchor = "error-unsupported-wildcard-in-principal")
public final class UnsupportedWildcardInPrincipalCheck extends PolicyCheck implements PrincipalCheck {

    @Override
    public void checkPrincipal(CheckContext ctx, Statement statement, PrincipalEntry principal, FindingSink out) {
        if (!Principals.apply(ctx)
                || !Principals.KEYS.contains(principal.type())
                || !Glob.hasWildcard(principal.value())
                || principal.isAnyone()) {
            return;
        }
        out.report(finding(
                "The " + principal.type() + " principal \"" + principal.value() + "\" contains a wildcard, "
                        + "which principals do not support. Name the principal exactly, and use a condition such as "
                        + "aws:PrincipalArn with ArnLike to match a pattern.",
                principal.location()));
    }
}
