package io.iamgate.analyze.local.statement;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** IAM and Organizations accept only ASCII letters and digits in a Sid. */
@CheckInfo(
        issueCode = "UNSUPPORTED_SID",
        findingType = FindingType.ERROR,
        title = "Unsupported Sid",
        anchor = "error-unsupported-sid")
public final class UnsupportedSidCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (!SidRules.strict(ctx.policyType(), ctx.isTrustPolicy())) {
            return;
        }
        statement
                .sid()
                .filter(sid -> !isAlphanumeric(sid))
                .ifPresent(sid -> out.report(finding(
                        "The Sid \"" + sid + "\" contains characters other than A-Z, a-z and 0-9, which "
                                + "this policy type does not accept. Remove them.",
                        SidRules.sidLocation(statement).orElseThrow())));
    }

    private static boolean isAlphanumeric(String sid) {
        for (int i = 0; i < sid.length(); i++) {
            char c = sid.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }
}
