package io.iamgate.analyze.local.trust;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionValue;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;
import io.iamgate.reference.Glob;
import java.util.Locale;

/** A wildcard in GitHub's sub claim (repo:my-org/*) admits more repositories or branches than intended. */
@CheckInfo(
        issueCode = "SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED",
        findingType = FindingType.WARNING,
        title = "Specific GitHub repo and branch recommended",
        anchor = "general-warning-specific-github-repo-and-branch-recommended")
public final class SpecificGithubRepoAndBranchRecommendedCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        String key = condition.key().toLowerCase(Locale.ROOT);
        if (!ctx.isTrustPolicy()
                || !statement.isAllow()
                || !key.startsWith(FederatedProvider.GITHUB)
                || !key.endsWith(":sub")
                || condition.operator().base() == null
                || !condition.operator().base().isLike()
                || condition.operator().base().negated()) {
            return;
        }
        for (ConditionValue value : condition.values()) {
            if (value.isString() && Glob.hasWildcard(value.text())) {
                out.report(finding(
                        "The wildcard in \"" + value.text() + "\" lets workflows of more repositories or "
                                + "branches assume the role than intended. Name the repository and branch, e.g. "
                                + "repo:my-org/my-repo:ref:refs/heads/main (or put the branch in a :ref condition).",
                        value.location()));
            }
        }
    }
}
