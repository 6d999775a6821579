package io.iamgate.analyze.local.grammar;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.DocumentCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.load.Node;
import io.iamgate.model.ElementPath;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import java.util.Set;

/** Version is a fixed language version, not a date the author chooses. */
@CheckInfo(
        issueCode = "INVALID_VERSION",
        findingType = FindingType.ERROR,
        title = "Invalid version",
        anchor = "error-invalid-version")
public final class InvalidVersionCheck extends PolicyCheck implements DocumentCheck {

    static final Set<String> VERSIONS = Set.of("2012-10-17", "2008-10-17");

    @Override
    public void checkDocument(CheckContext ctx, FindingSink out) {
        ctx.document().rootObject().flatMap(root -> root.member("Version")).ifPresent(version -> {
            if (version.value() instanceof Node.StringNode s && !VERSIONS.contains(s.value())) {
                out.report(finding(
                        "The version " + s.value() + " is not valid. Use one of the following versions: "
                                + "2012-10-17, 2008-10-17.",
                        new Location(ElementPath.ROOT.value("Version"), s.span())));
            }
        });
    }
}
