package io.iamgate.analyze.local.condition.value;

/**
 * Reads a condition value as IAM does: {@code ${...}} is a policy variable, except {@code ${*}}, {@code ${?}}
 * and {@code ${$}}, which stand for the literal characters; {@code *} and {@code ?} elsewhere are wildcards
 * (meaningful only to the Like operators). Scans by hand: these run on every condition value.
 */
public final class ValueText {

    private ValueText() {}

    /** True when the value holds a policy variable other than the escapes for *, ? and $. */
    public static boolean hasVariable(String value) {
        int i = value.indexOf("${");
        while (i >= 0) {
            int end = value.indexOf('}', i + 2);
            if (end < 0) {
                return false;
            }
            if (!isEscape(value, i, end)) {
                return true;
            }
            i = value.indexOf("${", end + 1);
        }
        return false;
    }

    /** True when the value has a * or ? outside a policy variable. */
    public static boolean hasWildcard(String value) {
        return firstSpecial(value, true, false) >= 0;
    }

    /** True for a non-empty value made only of '*': it matches any string, the empty one included. */
    public static boolean isMatchAll(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) != '*') {
                return false;
            }
        }
        return true;
    }

    /**
     * How many literal characters come before the first wildcard (when {@code wildcards}) or policy variable
     * (when {@code variables}); an escape such as ${*} counts as one literal character. The whole literal
     * length when there is none.
     */
    public static int literalPrefixLength(String value, boolean wildcards, boolean variables) {
        int literal = 0;
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '$' && i + 1 < value.length() && value.charAt(i + 1) == '{') {
                int end = value.indexOf('}', i + 2);
                if (end > 0 && isEscape(value, i, end)) {
                    literal++;
                    i = end + 1;
                    continue;
                }
                if (end > 0 && variables) {
                    return literal;
                }
                if (end > 0) {
                    literal += end + 1 - i;
                    i = end + 1;
                    continue;
                }
            }
            if (wildcards && (c == '*' || c == '?')) {
                return literal;
            }
            literal++;
            i++;
        }
        return literal;
    }

    /** Index of the first wildcard ({@code wildcards}) or variable start ({@code variables}), or -1. */
    public static int firstSpecial(String value, boolean wildcards, boolean variables) {
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '$' && i + 1 < value.length() && value.charAt(i + 1) == '{') {
                int end = value.indexOf('}', i + 2);
                if (end > 0) {
                    if (variables && !isEscape(value, i, end)) {
                        return i;
                    }
                    i = end + 1;
                    continue;
                }
            }
            if (wildcards && (c == '*' || c == '?')) {
                return i;
            }
            i++;
        }
        return -1;
    }

    private static boolean isEscape(String value, int start, int end) {
        if (end != start + 3) {
            return false;
        }
        char c = value.charAt(start + 2);
        return c == '*' || c == '?' || c == '$';
    }
}
