package io.iamgate.analyze.local.custom;

import io.iamgate.model.ElementEntry;
import io.iamgate.model.Finding;
import io.iamgate.model.FindingType;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PolicyUnit;
import io.iamgate.model.PrincipalEntry;
import io.iamgate.model.Statement;
import io.iamgate.reference.Action;
import io.iamgate.reference.ActionPattern;
import io.iamgate.reference.IamReference;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Offline CheckNoNewAccess: every (action, resource[, principal]) an Allow statement of the new policy
 * grants must be granted by some Allow statement of the reference policy. Actions are expanded through the
 * IAM reference (an action it does not know is compared as a pattern); resources compare as ARN globs (a
 * reference pattern must match the new pattern's text). Approximate: conditions and Deny statements are
 * ignored on both sides, and NotResource in the new policy counts as "*". It can miss new access that only
 * a removed condition or Deny gives, and it reports access that new conditions would narrow.
 */
public final class NewAccessComparison {

    private final IamReference iam;

    public NewAccessComparison(IamReference iam) {
        this.iam = iam;
    }

    public List<Finding> compare(PolicyUnit unit, PolicyDocument reference) {
        List<Finding> out = new ArrayList<>();
        boolean principals = unit.policyType().hasPrincipals();
        for (Statement s : unit.document().statements()) {
            if (!s.isAllow()) {
                continue;
            }
            String example = firstNewAccess(s, reference, principals);
            if (example != null) {
                out.add(Finding.of(FindingType.SECURITY_WARNING, CustomCheckCodes.NEW_ACCESS,
                        "The modified permissions grant new access compared to your existing policy. New access in "
                                + "the statement with index: " + Grants.index(s) + ". (offline check, approximate: "
                                + example + " is not granted by the reference policy)",
                        CustomCheckCodes.LEARN_MORE, "local", List.of(s.location())));
            }
        }
        return out;
    }

    private String firstNewAccess(Statement s, PolicyDocument reference, boolean principals) {
        Set<String> actions = actions(s);
        List<String> resources = new ArrayList<>();
        for (ElementEntry e : s.resourceEntries()) {
            resources.add(e.element().equals("Resource") ? e.value() : "*");
        }
        if (resources.isEmpty()) {
            resources.add("*");
        }
        List<PrincipalEntry> who = principals ? s.principalEntries() : List.of();
        for (String action : actions) {
            for (String resource : resources) {
                if (who.isEmpty()) {
                    if (!covered(reference, action, resource, null)) {
                        return action + " on " + resource;
                    }
                } else {
                    for (PrincipalEntry p : who) {
                        if (!p.isNegated() && !covered(reference, action, resource, p)) {
                            return action + " on " + resource + " for " + p.type() + " " + p.value();
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The actions a statement grants, as the reference's action names where it knows them. */
    private Set<String> actions(Statement s) {
        Set<String> out = new LinkedHashSet<>();
        List<ActionPattern> not = new ArrayList<>();
        for (ElementEntry e : s.actionEntries()) {
            ActionPattern p = ActionPattern.parse(e.value());
            if (e.element().equals("Action")) {
                List<Action> known = p.matches(iam);
                if (known.isEmpty()) {
                    out.add(e.value());
                } else {
                    known.forEach(a -> out.add(a.fullName()));
                }
            } else {
                not.add(p);
            }
        }
        if (!not.isEmpty()) {
            for (Action a : iam.allActions()) {
                if (not.stream().noneMatch(p -> p.matches(a))) {
                    out.add(a.fullName());
                }
            }
        }
        return out;
    }

    private static boolean covered(PolicyDocument reference, String action, String resource, PrincipalEntry who) {
        for (Statement t : reference.statements()) {
            if (t.isAllow() && Grants.action(t, action) && resourceCovered(t, resource)
                    && (who == null || principalCovered(t, who))) {
                return true;
            }
        }
        return false;
    }

    private static boolean resourceCovered(Statement t, String resource) {
        boolean hasResource = false;
        boolean hasNot = false;
        for (ElementEntry e : t.resourceEntries()) {
            if (e.element().equals("Resource")) {
                hasResource = true;
                if (ArnGlob.matches(e.value(), resource)) {
                    return true;
                }
            } else {
                hasNot = true;
                if (ArnGlob.overlaps(e.value(), resource)) {
                    return false;
                }
            }
        }
        return !hasResource && (hasNot || t.resourceEntries().isEmpty());
    }

    private static boolean principalCovered(Statement t, PrincipalEntry who) {
        for (PrincipalEntry p : t.principalEntries()) {
            if (p.isNegated()) {
                continue;
            }
            if (p.isAnyone() || (p.type().equals(who.type()) && ArnGlob.matches(p.value(), who.value()))) {
                return true;
            }
        }
        return false;
    }
}
