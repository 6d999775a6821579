package io.iamgate.access;

import io.iamgate.reference.Glob;
import java.util.List;

/**
 * Which resources of one action a statement names. {@code all}: every resource of the action's resource
 * types (in the account and Region the ARN names, when it names one). Otherwise the resources that match
 * one of {@code included} and none of {@code excluded} (NotResource), as written.
 */
public record ResourceCoverage(boolean all, List<String> included, List<String> excluded) {

    public static final ResourceCoverage ALL = new ResourceCoverage(true, List.of(), List.of());

    public ResourceCoverage {
        included = all ? List.of() : List.copyOf(included);
        excluded = all ? List.of() : List.copyOf(excluded);
    }

    public static ResourceCoverage some(List<String> included, List<String> excluded) {
        return new ResourceCoverage(false, included, excluded);
    }

    /**
     * Whether a request on {@code resource} is covered: {@code "*"} asks for every resource, an ARN for
     * that one resource (its own wildcards are taken literally: it names one resource).
     */
    public boolean covers(String resource) {
        if (all) {
            return true;
        }
        if ("*".equals(resource)) {
            return false;
        }
        return included.stream().anyMatch(p -> matches(p, resource))
                && excluded.stream().noneMatch(p -> matches(p, resource));
    }

    /** A policy variable such as {@code ${aws:username}} may stand for anything here. */
    private static boolean matches(String pattern, String resource) {
        return Glob.matches(pattern.contains("${") ? pattern.replaceAll("\\$\\{[^}]*}", "*") : pattern, resource);
    }

    /** For a person to read. */
    public String describe() {
        if (all) {
            return "*";
        }
        String in = String.join(", ", included);
        return excluded.isEmpty() ? in : in + " except " + String.join(", ", excluded);
    }
}
