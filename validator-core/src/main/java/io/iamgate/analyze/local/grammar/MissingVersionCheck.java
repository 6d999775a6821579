package io.iamgate.analyze.local.grammar;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.DocumentCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.FindingType;

/** Without Version, IAM reads the policy as 2008-10-17, where policy variables are plain text. */
@CheckInfo(
        issueCode = "MISSING_VERSION",
        findingType = FindingType.WARNING,
        title = "Missing version",
        anchor = "general-warning-missing-version")
public final class MissingVersionCheck extends PolicyCheck implements DocumentCheck {

    @Override
    public void checkDocument(CheckContext ctx, FindingSink out) {
        ctx.document().rootObject().ifPresent(root -> {
            if (root.member("Version").isEmpty()) {
                out.report(finding(
                        "The policy has no Version element, so IAM uses version 2008-10-17, in which "
                                + "policy variables are not substituted. Add \"Version\": \"2012-10-17\".",
                        ctx.document().wholeDocument()));
            }
        });
    }
}
