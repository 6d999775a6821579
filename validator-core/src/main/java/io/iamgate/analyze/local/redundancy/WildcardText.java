package io.iamgate.analyze.local.redundancy;

import io.iamgate.reference.Glob;

/**
 * Coverage between two IAM wildcard strings ({@code *} any run, {@code ?} one character), case-sensitive
 * as resource ARNs are. No regex: REDUNDANT_RESOURCE compares every pair of a statement's entries.
 */
final class WildcardText {

    private WildcardText() {}

    /** The text before the first wildcard: every string the pattern matches starts with it. */
    static String literalPrefix(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) != '*' && s.charAt(i) != '?') {
            i++;
        }
        return s.substring(0, i);
    }

    /** The text after the last wildcard: every string the pattern matches ends with it. */
    static String literalSuffix(String s) {
        int i = s.length();
        while (i > 0 && s.charAt(i - 1) != '*' && s.charAt(i - 1) != '?') {
            i--;
        }
        return s.substring(i);
    }

    /**
     * Whether every string {@code narrower} matches is matched by {@code wider}. Sound: the narrower
     * pattern's {@code *} can only be absorbed by a {@code *} of the wider, its {@code ?} by a {@code *} or {@code ?}.
     */
    static boolean covers(String wider, String narrower) {
        return Glob.covers(wider, narrower);
    }
}
