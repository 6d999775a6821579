package io.iamgate.analyze.local;

/**
 * IAM's wildcard matching, shared by the checks: {@code *} matches any run of characters, {@code ?} any one
 * character, and action names compare case-insensitively. Written as a small backtracking matcher, so no
 * pattern is compiled per call.
 */
public final class Wildcards {

    private Wildcards() {
    }

    /** True when the glob {@code pattern} (e.g. {@code iam:Pass*}) covers {@code literal} (e.g. {@code iam:PassRole}). */
    public static boolean matches(String pattern, String literal) {
        int p = 0;
        int s = 0;
        int star = -1;
        int mark = 0;
        while (s < literal.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || sameIgnoringCase(pattern.charAt(p), literal.charAt(s)))) {
                p++;
                s++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = s;
            } else if (star >= 0) {
                p = star + 1;
                s = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
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

    private static boolean sameIgnoringCase(char a, char b) {
        return a == b || Character.toLowerCase(a) == Character.toLowerCase(b);
    }
}
