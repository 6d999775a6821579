package io.iamgate.analyze.local;

import io.iamgate.reference.Glob;

/**
 * IAM's wildcard matching, shared by the checks: {@code *} matches any run of characters, {@code ?} any one
 * character, and action names compare case-insensitively. The matching itself is {@link Glob}'s (linear
 * time, no backtracking), so the checks and the reference agree on what a pattern covers.
 */
public final class Wildcards {

    private Wildcards() {
    }

    /** True when the glob {@code pattern} (e.g. {@code iam:Pass*}) covers {@code literal} (e.g. {@code iam:PassRole}). */
    public static boolean matches(String pattern, String literal) {
        return Glob.matchesIgnoringCase(pattern, literal);
    }

    public static boolean hasWildcard(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
    }

    /** The resource wildcard that names every resource. */
    public static boolean isStar(String resource) {
        return "*".equals(resource);
    }

    /** The service prefix of an action ({@code s3} of {@code s3:GetObject}); empty when there is no colon. */
    public static String serviceOf(String action) {
        int colon = action.indexOf(':');
        return colon < 0 ? "" : action.substring(0, colon);
    }

}
