package io.iamgate.analyze.local.trust;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.PrincipalCheck;
import io.iamgate.analyze.local.principal.Principals;
import io.iamgate.model.FindingType;
import io.iamgate.model.PrincipalEntry;
import io.iamgate.model.Statement;

/**
 * GitHub's OIDC provider is shared by every repository on GitHub: without a condition on the sub claim,
 * any workflow of any repository can assume the role.
 */
@CheckInfo(
        issueCode = "MISSING_GITHUB_REPO_CONDITION_KEY",
        findingType = FindingType.SECURITY_WARNING,
        title = "Missing GitHub repo condition key",
        anchor = "security-warning-missing-github-repo-condition-key")
public final class MissingGithubRepoConditionKeyCheck extends PolicyCheck implements PrincipalCheck {

    @Override
    public void checkPrincipal(CheckContext ctx, Statement statement, PrincipalEntry principal, FindingSink out) {
        if (!ctx.isTrustPolicy()
                || !statement.isAllow()
                || principal.isNegated()
                || !Principals.isFederated(principal)) {
            return;
        }
        FederatedProvider provider = FederatedProvider.of(principal.value());
        String subKey = provider.conditionPrefix() + "sub";
        if (provider.isGitHub() && !OidcConditions.hasKeyWithPrefix(statement, subKey)) {
            out.report(finding(
                    "GitHub Actions tokens are trusted without a condition on " + subKey + ", so workflows "
                            + "of any GitHub repository can assume the role. Add " + subKey
                            + " with the repository and "
                            + "branch, e.g. repo:my-org/my-repo:ref:refs/heads/main.",
                    principal.location()));
        }
    }
}
