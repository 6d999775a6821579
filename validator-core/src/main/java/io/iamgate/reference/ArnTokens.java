package io.iamgate.reference;

import java.util.Arrays;
import java.util.Locale;

/**
 * ARN fields as token arrays for {@link #intersect}: a lowercase character, {@link #ONE} (exactly
 * one character) or {@link #STAR} (any run, also empty). Matching is case-insensitive, so that only
 * ARNs that can never name the resource are rejected.
 */
final class ArnTokens {

    static final int ONE = -1;
    static final int STAR = -2;

    private ArnTokens() {}

    /**
     * A field of a policy's resource ARN: {@code *} and {@code ?} are wildcards, a policy variable
     * {@code ${aws:username}} can be anything, and {@code ${*}}, {@code ${?}}, {@code ${$}} are the
     * literal characters IAM defines them as.
     */
    static int[] ofPolicyText(String field) {
        int[] out = new int[field.length()];
        int n = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '$' && field.startsWith("${", i)) {
                int close = field.indexOf('}', i + 2);
                if (close > 0) {
                    String inner = field.substring(i + 2, close);
                    out[n++] = inner.length() == 1 && "*?$".contains(inner) ? inner.charAt(0) : STAR;
                    i = close;
                    continue;
                }
            }
            out[n++] = c == '*' ? STAR : c == '?' ? ONE : Character.toLowerCase(c);
        }
        return Arrays.copyOf(out, n);
    }

    /** A field of a reference ARN format: {@code ${Name}} is one or more characters, {@code *} any. */
    static int[] ofFormat(String field) {
        int[] out = new int[field.length() * 2];
        int n = 0;
        String lower = field.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '$' && lower.startsWith("${", i)) {
                int close = lower.indexOf('}', i + 2);
                if (close > 0) {
                    out[n++] = ONE;
                    out[n++] = STAR;
                    i = close;
                    continue;
                }
            }
            out[n++] = c == '*' ? STAR : c;
        }
        return Arrays.copyOf(out, n);
    }

    /** Whether some string is matched by both token patterns (product automaton reachability). */
    static boolean intersect(int[] a, int[] b) {
        int n = a.length;
        int m = b.length;
        // Quick answers for the common shapes, which are most calls: an empty field, "*", a whole-field
        // placeholder like ${Region}, different first or last literal characters.
        if (n == 0 || m == 0) {
            return onlyStars(n == 0 ? b : a);
        }
        if (a[0] >= 0 && b[0] >= 0 && a[0] != b[0]) {
            return false;
        }
        if (a[n - 1] >= 0 && b[m - 1] >= 0 && a[n - 1] != b[m - 1]) {
            return false;
        }
        if (onlyStars(a) || onlyStars(b) || isAnyNonEmpty(a) || isAnyNonEmpty(b)) {
            return true;
        }
        int width = m + 1;
        boolean[] seen = new boolean[(n + 1) * width];
        int[] stack = new int[(n + 1) * width];
        int top = 0;
        stack[top++] = 0;
        seen[0] = true;
        while (top > 0) {
            int state = stack[--top];
            int i = state / width;
            int j = state % width;
            if (i == n && j == m) {
                return true;
            }
            boolean starA = i < n && a[i] == STAR;
            boolean starB = j < m && b[j] == STAR;
            if (starA) {
                top = push(seen, stack, top, (i + 1) * width + j);
            }
            if (starB) {
                top = push(seen, stack, top, i * width + j + 1);
            }
            if (i < n && j < m && !(starA && starB) && compatible(a[i], b[j])) {
                int ni = starA ? i : i + 1;
                int nj = starB ? j : j + 1;
                top = push(seen, stack, top, ni * width + nj);
            }
        }
        return false;
    }

    private static int push(boolean[] seen, int[] stack, int top, int state) {
        if (!seen[state]) {
            seen[state] = true;
            stack[top++] = state;
        }
        return top;
    }

    private static boolean compatible(int x, int y) {
        return x < 0 || y < 0 || x == y;
    }

    /** {@code ONE STAR}: what a format's whole-field placeholder becomes; any non-empty text fits. */
    private static boolean isAnyNonEmpty(int[] tokens) {
        return tokens.length == 2 && tokens[0] == ONE && tokens[1] == STAR;
    }

    private static boolean onlyStars(int[] tokens) {
        for (int t : tokens) {
            if (t != STAR) {
                return false;
            }
        }
        return true;
    }
}
