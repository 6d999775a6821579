package io.iamgate.access;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One privilege-escalation method: the actions that together let a principal gain more, and how.
 * {@code source} is where the method is documented (e.g. {@code pathfinding.cloud ecs-008}); {@code alsoCovers}
 * the documented paths whose actions contain this method's, which finding this method therefore finds too;
 * {@code passedTo} the service principal a passed role goes to (empty without iam:PassRole).
 */
public record EscalationMethod(
        String issueCode,
        String method,
        List<String> actions,
        String how,
        String source,
        String passedTo,
        List<String> alsoCovers,
        List<String> variants) {

    private static final String PASS_ROLE = "iam:PassRole";

    /** Service principals that take a passed role, where it is not {@code <prefix>.amazonaws.com}. */
    private static final Map<String, String> ROLE_TAKERS = Map.of(
            "ecs", "ecs-tasks.amazonaws.com",
            "apprunner", "tasks.apprunner.amazonaws.com",
            "datapipeline", "datapipeline.amazonaws.com",
            "bedrock-agentcore", "bedrock-agentcore.amazonaws.com");

    public EscalationMethod {
        actions = List.copyOf(actions);
        alsoCovers = List.copyOf(alsoCovers);
        variants = List.copyOf(variants);
        source = source == null ? "" : source;
        passedTo = passedTo == null ? "" : passedTo;
    }

    /** A method without documentation fields; the role of a PassRole method goes to its first other service. */
    public EscalationMethod(String issueCode, String method, List<String> actions, String how) {
        this(issueCode, method, actions, how, "", derivedRoleTaker(actions), List.of(), List.of());
    }

    /** Whether iam:PassRole is one of the actions. */
    public boolean passesRole() {
        return actions.stream().anyMatch(a -> a.equalsIgnoreCase(PASS_ROLE));
    }

    /**
     * Whether this method needs every action of {@code other} and more: whoever holds this method holds
     * {@code other}, so one escalation is one finding, the smaller method's (removing one of its actions breaks
     * both).
     */
    public boolean includes(EscalationMethod other) {
        if (other.actions.size() >= actions.size()) {
            return false;
        }
        Set<String> mine = new HashSet<>();
        actions.forEach(a -> mine.add(a.toLowerCase(Locale.ROOT)));
        return other.actions.stream().allMatch(a -> mine.contains(a.toLowerCase(Locale.ROOT)));
    }

    /**
     * One escalation, one finding: of what was found, each item whose method includes another found method's (ECS
     * RunTask with RegisterTaskDefinition beside RunTask with a role override) is left out. In found order.
     */
    public static <T> List<T> withoutImplied(List<T> found, Function<T, EscalationMethod> method) {
        List<T> out = new ArrayList<>(found.size());
        for (T item : found) {
            boolean implied = found.stream()
                    .anyMatch(other -> other != item && method.apply(item).includes(method.apply(other)));
            if (!implied) {
                out.add(item);
            }
        }
        return List.copyOf(out);
    }

    /** The service the role is passed to in this method (for iam:PassedToService), or null without PassRole. */
    public String passedToService() {
        if (!passesRole()) {
            return null;
        }
        return passedTo.isEmpty() ? derivedRoleTaker(actions) : passedTo;
    }

    private static String derivedRoleTaker(List<String> actions) {
        if (actions.stream().noneMatch(a -> a.equalsIgnoreCase(PASS_ROLE))) {
            return "";
        }
        for (String a : actions) {
            String prefix = a.substring(0, a.indexOf(':')).toLowerCase(Locale.ROOT);
            if (!prefix.equals("iam")) {
                return ROLE_TAKERS.getOrDefault(prefix, prefix + ".amazonaws.com");
            }
        }
        return "";
    }
}
