package io.iamgate.analyze.local.custom;

import io.iamgate.access.AccessComparison;
import io.iamgate.access.AccessEntries;
import io.iamgate.access.AccessEntry;
import io.iamgate.access.PolicyGrants;
import io.iamgate.load.Position;
import io.iamgate.model.Finding;
import io.iamgate.model.FindingType;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PolicyUnit;
import io.iamgate.model.Statement;
import io.iamgate.reference.IamReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Offline CheckNoNewAccess, on the engine of {@code iamgate diff}: the access the policy allows that the reference
 * policy does not, at action level ({@link AccessComparison}). Actions are expanded through the IAM reference and
 * each action's resources matched through its ARN formats; a grant that keeps every condition of the reference's
 * grant and adds more is narrower, not new; Deny statements take away on both sides (a Deny of the reference that
 * the policy lacks gives back what its Allows grant under it); for a resource policy the principals must be the
 * reference's or narrower. One finding per statement that adds access, at the statement, naming one example.
 */
public final class NewAccessComparison {

    private static final Position NOWHERE = new Position(1, 0, 0);

    private final IamReference iam;

    public NewAccessComparison(IamReference iam) {
        this.iam = iam;
    }

    public List<Finding> compare(PolicyUnit unit, PolicyDocument reference) {
        List<AccessEntry> policy = entries(unit.document());
        List<AccessEntry> allowed = entries(reference);
        Map<Integer, AccessComparison.Change> firstByStatement = new LinkedHashMap<>();
        for (AccessComparison.Change c :
                AccessComparison.added(policy, null, allowed, null, AccessComparison.DENY_GONE)) {
            firstByStatement.putIfAbsent(c.entry().site().statement(), c);
        }
        List<Finding> out = new ArrayList<>();
        for (Statement s : unit.document().statements()) {
            AccessComparison.Change c = firstByStatement.get(s.index());
            if (c == null) {
                continue;
            }
            AccessEntry e = c.entry();
            String example = String.join(", ", e.actions().describe(3)) + " on " + e.resource()
                    + (e.principals().isEmpty() ? "" : " for " + String.join(", ", e.principals()))
                    + (c.note().isEmpty() ? "" : " (" + c.note() + ")");
            out.add(Finding.of(
                    FindingType.SECURITY_WARNING,
                    CustomCheckCodes.NEW_ACCESS,
                    "The modified permissions grant new access compared to your existing policy. New access in "
                            + "the statement with index: " + Grants.index(s) + ". (offline check: " + example
                            + " is not granted by the reference policy)",
                    CustomCheckCodes.LEARN_MORE,
                    "local",
                    List.of(s.location())));
        }
        return out;
    }

    private List<AccessEntry> entries(PolicyDocument document) {
        return AccessEntries.of(PolicyGrants.of("", "", "", document, iam), document, "", st -> NOWHERE, NOWHERE);
    }
}
