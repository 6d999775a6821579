package io.iamgate.access;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A method whose every action a principal holds, with the grants that give each action. */
public record EscalationPath(EscalationMethod method, Map<String, List<Grant>> grants) {

    public EscalationPath {
        grants = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(grants));
    }

    /** The policies the path's actions come from, in the method's order. */
    public Set<String> policies() {
        Set<String> out = new LinkedHashSet<>();
        grants.values().forEach(list -> list.forEach(g -> out.add(g.source().policy())));
        return out;
    }

    /**
     * Whether no single policy gives the whole path: each action from some policy, but no policy gives
     * them all (only the principal's sum escalates, which a per-document check cannot see).
     */
    public boolean spansPolicies() {
        for (String policy : policies()) {
            boolean all = grants.values().stream()
                    .allMatch(list ->
                            list.stream().anyMatch(g -> g.source().policy().equals(policy)));
            if (all) {
                return false;
            }
        }
        return true;
    }
}
