package io.iamgate.analyze.local.statement;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.DocumentCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;

/** Resource policies accept repeated Sids, but a repeated Sid makes findings and suppressions ambiguous. */
@CheckInfo(
        issueCode = "UNIQUE_SIDS_RECOMMENDED",
        findingType = FindingType.WARNING,
        title = "Unique Sids recommended",
        anchor = "general-warning-unique-sids-recommended")
public final class UniqueSidsRecommendedCheck extends PolicyCheck implements DocumentCheck {

    @Override
    public void checkDocument(CheckContext ctx, FindingSink out) {
        if (SidRules.strict(ctx.policyType(), ctx.isTrustPolicy())) {
            return;
        }
        for (Location duplicate : SidRules.duplicates(ctx.document().statements())) {
            out.report(finding(
                    "This Sid is already used by an earlier statement. Give each statement its own Sid "
                            + "so that it can be told apart.",
                    duplicate));
        }
    }
}
