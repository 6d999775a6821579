package io.iamgate.analyze.local.statement;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.DocumentCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;

/** IAM and Organizations reject a policy in which two statements share a Sid. */
@CheckInfo(
        issueCode = "UNIQUE_SIDS_REQUIRED",
        findingType = FindingType.ERROR,
        title = "Unique Sids required",
        anchor = "error-unique-sids-required")
public final class UniqueSidsRequiredCheck extends PolicyCheck implements DocumentCheck {

    @Override
    public void checkDocument(CheckContext ctx, FindingSink out) {
        if (!SidRules.strict(ctx.policyType(), ctx.isTrustPolicy())) {
            return;
        }
        for (Location duplicate : SidRules.duplicates(ctx.document().statements())) {
            out.report(finding(
                    "This Sid is already used by an earlier statement, and this policy type requires "
                            + "unique statement IDs. Rename one of the statements.",
                    duplicate));
        }
    }
}
