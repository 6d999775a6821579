package io.iamgate.analyze.local.servicekey;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.action.ActionExpansions;
import io.iamgate.analyze.local.condition.ConditionKeys;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.Location;
import io.iamgate.model.Statement;
import io.iamgate.reference.Action;
import io.iamgate.reference.ActionPattern;
import io.iamgate.reference.IamReference;
import io.iamgate.reference.Service;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which Action entries of a statement a condition key does not apply to, by the reference. */
final class ActionKeySupport {

    private ActionKeySupport() {}

    /**
     * Action entries (not NotAction) that match known actions none of which supports {@code key}: the
     * condition can never be true for them. Entries matching nothing are INVALID_ACTION's concern.
     */
    static List<ElementEntry> entriesWithoutSupport(CheckContext ctx, Statement statement, String key) {
        IamReference reference = ctx.reference();
        List<ElementEntry> out = new ArrayList<>();
        for (ElementEntry entry : statement.actionEntries()) {
            if (entry.isNegated()) {
                continue;
            }
            List<Action> actions = ActionExpansions.actions(ctx, entry.value());
            if (!actions.isEmpty() && actions.stream().noneMatch(a -> supports(reference, a, key))) {
                out.add(entry);
            }
        }
        return out;
    }

    /**
     * Whether the key applies to the action. Actions that create tagged resources (they take
     * aws:RequestTag) count as supporting aws:ResourceTag, as Access Analyzer counts them.
     */
    static boolean supports(IamReference reference, Action action, String key) {
        Service service = reference.service(action.service()).orElseThrow();
        if (ConditionKeys.actionSupports(service, action, key)) {
            return true;
        }
        int slash = key.indexOf('/');
        return slash > 0 && ConditionKeys.actionSupports(service, action, "aws:RequestTag" + key.substring(slash));
    }

    /** Where a finding about the entries points: each entry, then the condition's own location. */
    static List<Location> locations(List<ElementEntry> entries, Location condition) {
        List<Location> locations = new ArrayList<>(entries.size() + 1);
        entries.forEach(e -> locations.add(e.location()));
        locations.add(condition);
        return locations;
    }

    /** The service prefixes of the entries, in order, once each ("sagemaker, sagemaker-mlflow"). */
    static String services(List<ElementEntry> entries) {
        Set<String> prefixes = new LinkedHashSet<>();
        for (ElementEntry e : entries) {
            prefixes.add(ActionPattern.parse(e.value()).servicePart().toLowerCase(java.util.Locale.ROOT));
        }
        return String.join(", ", prefixes);
    }

    static boolean hasNotAction(Statement statement) {
        return statement.has("NotAction");
    }
}
