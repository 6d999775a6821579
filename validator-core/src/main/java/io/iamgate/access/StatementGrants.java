package io.iamgate.access;

import io.iamgate.model.ElementEntry;
import io.iamgate.model.Statement;
import io.iamgate.reference.Action;
import io.iamgate.reference.ActionPattern;
import io.iamgate.reference.IamReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands one statement into grants: its Action (or every action but its NotAction) through the reference,
 * each action's resources matched through the action's ARN formats, grouped by equal coverage.
 */
final class StatementGrants {

    private StatementGrants() {}

    static List<Grant> of(Statement statement, String policy, String file, String origin, IamReference reference) {
        boolean allow = statement.isAllow();
        if (!allow && !statement.isDeny()) {
            return List.of(); // no valid Effect: AWS rejects the policy; the grammar checks say so
        }
        List<String> actionPatterns = new ArrayList<>();
        boolean notAction = false;
        List<String> resources = new ArrayList<>();
        boolean notResource = false;
        for (ElementEntry e : statement.actionEntries()) {
            actionPatterns.add(e.value());
            notAction |= e.isNegated();
        }
        for (ElementEntry e : statement.resourceEntries()) {
            resources.add(e.value());
            notResource |= e.isNegated();
        }
        if (!statement.has("Resource") && !statement.has("NotResource")) {
            resources.add("*"); // a statement that names no resource (an SCP) applies to all
        }
        ConditionClass conditions = ConditionClass.of(statement);
        GrantSource source = new GrantSource(
                policy, file, origin, statement.index(), statement.sid().orElse(""));
        boolean everything = !notResource && resources.contains("*");
        if (everything) {
            // On every resource: the actions by name alone, so that no service is decoded for it (listing every
            // action, or each action's resource types, would decode the services an AWS managed policy names).
            ActionSet named = ActionSet.matching(reference, actionPatterns);
            ActionSet actions = notAction ? ActionSet.all(reference).minus(named) : named;
            return actions.isEmpty()
                    ? List.of()
                    : List.of(new Grant(allow, actions, ResourceCoverage.ALL, conditions, source));
        }
        List<Action> actions = expand(actionPatterns, notAction, reference);
        ResourceMatcher matcher = new ResourceMatcher(reference, resources, notResource);
        Map<ResourceCoverage, List<Action>> grouped = new LinkedHashMap<>();
        for (Action a : actions) {
            matcher.coverage(a)
                    .ifPresent(coverage -> grouped.computeIfAbsent(coverage, k -> new ArrayList<>())
                            .add(a));
        }
        List<Grant> out = new ArrayList<>(grouped.size());
        grouped.forEach((coverage, list) ->
                out.add(new Grant(allow, ActionSet.of(reference, list), coverage, conditions, source)));
        return List.copyOf(out);
    }

    private static List<Action> expand(List<String> patterns, boolean not, IamReference reference) {
        if (!not && patterns.stream().anyMatch(p -> p.equals("*"))) {
            return reference.allActions();
        }
        List<Action> matched = new ArrayList<>();
        for (String p : patterns) {
            matched.addAll(ActionPattern.parse(p).matches(reference));
        }
        if (!not) {
            return matched;
        }
        ActionSet excluded = ActionSet.of(reference, matched);
        List<Action> out = new ArrayList<>();
        for (Action a : reference.allActions()) {
            if (!excluded.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }
}
