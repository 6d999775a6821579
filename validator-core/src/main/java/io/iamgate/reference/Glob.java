package io.iamgate.reference;

/**
 * IAM's two wildcards, {@code *} (any run of characters, also empty) and {@code ?} (one character): the
 * one matcher of the code base (actions, resource ARNs, principals). No regex, no backtracking: the
 * patterns come from the policy under check, so a pull request chooses them.
 *
 * <p>Complexity of {@link #matches}: the pattern is cut at its stars into literal runs; the first run is
 * matched at the start, the last at the end, and each run between is found at its leftmost place after the
 * previous one (greedy leftmost is exact for star-separated runs), with a bit-parallel (shift-and) scan in
 * which {@code ?} matches anything. Each text character is read once per run scan and runs never move
 * back, so a match takes O(n + 128·m) for a text of length n and a pattern of length m whose runs are at
 * most 64 characters and whose text is ASCII; O(n·m) at worst (longer runs, other characters). The old
 * star-backtracking loop was O(n·m) on every {@code *a*a*a...b}.
 */
public final class Glob {

    private Glob() {}

    public static boolean hasWildcard(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0;
    }

    static boolean isAnything(String pattern) {
        return pattern.equals("*");
    }

    /** {@code abc*}: one star, at the end, and no {@code ?}. */
    static boolean isPrefixPattern(String pattern) {
        int star = pattern.indexOf('*');
        return star == pattern.length() - 1 && pattern.indexOf('?') < 0;
    }

    /** Whether {@code text} is in the language of {@code pattern}, case-sensitively. */
    public static boolean matches(String pattern, String text) {
        return matches(pattern, text, false);
    }

    /** As {@link #matches(String, String)}, comparing characters case-insensitively (action names). */
    public static boolean matchesIgnoringCase(String pattern, String text) {
        return matches(pattern, text, true);
    }

    private static boolean matches(String pattern, String text, boolean ignoreCase) {
        int firstStar = pattern.indexOf('*');
        if (firstStar < 0) {
            return pattern.length() == text.length() && runAt(pattern, 0, pattern.length(), text, 0, ignoreCase);
        }
        int lastStar = pattern.lastIndexOf('*');
        int tailStart = text.length() - (pattern.length() - lastStar - 1);
        if (tailStart < firstStar
                || !runAt(pattern, 0, firstStar, text, 0, ignoreCase)
                || !runAt(pattern, lastStar + 1, pattern.length(), text, tailStart, ignoreCase)) {
            return false;
        }
        int at = firstStar;
        int from = firstStar + 1;
        while (from < lastStar) {
            int to = pattern.indexOf('*', from);
            if (to > from) {
                int found = find(pattern, from, to, text, at, tailStart, ignoreCase);
                if (found < 0) {
                    return false;
                }
                at = found + (to - from);
            }
            from = to + 1;
        }
        return true;
    }

    /** Whether the run {@code pattern[from, to)} matches {@code text} at {@code at}. */
    private static boolean runAt(String pattern, int from, int to, String text, int at, boolean ignoreCase) {
        for (int i = from; i < to; i++) {
            char p = pattern.charAt(i);
            if (p != '?' && !same(p, text.charAt(at + i - from), ignoreCase)) {
                return false;
            }
        }
        return true;
    }

    /** The leftmost place in {@code text[at, limit)} where the run {@code pattern[from, to)} fits, or -1. */
    private static int find(String pattern, int from, int to, String text, int at, int limit, boolean ignoreCase) {
        int length = to - from;
        // A short window is cheaper to try place by place than to build the table (same bound: 128 per run char).
        if (length > Long.SIZE || limit - at <= 128) {
            char first = pattern.charAt(from);
            for (int start = at; start + length <= limit; start++) {
                if ((first == '?' || same(first, text.charAt(start), ignoreCase))
                        && runAt(pattern, from + 1, to, text, start + 1, ignoreCase)) {
                    return start;
                }
            }
            return -1;
        }
        // Shift-and: bit i of state is set when the run's first i+1 characters end at the current position.
        long[] ascii = new long[128];
        for (int i = 0; i < length; i++) {
            char p = pattern.charAt(from + i);
            for (int c = 0; c < 128; c++) {
                if (p == '?' || same(p, (char) c, ignoreCase)) {
                    ascii[c] |= 1L << i;
                }
            }
        }
        long goal = 1L << (length - 1);
        long state = 0;
        for (int k = at; k < limit; k++) {
            char c = text.charAt(k);
            long mask = c < 128 ? ascii[c] : maskOf(pattern, from, to, c, ignoreCase);
            state = ((state << 1) | 1L) & mask;
            if ((state & goal) != 0) {
                return k - length + 1;
            }
        }
        return -1;
    }

    private static long maskOf(String pattern, int from, int to, char c, boolean ignoreCase) {
        long mask = 0;
        for (int i = from; i < to; i++) {
            char p = pattern.charAt(i);
            if (p == '?' || same(p, c, ignoreCase)) {
                mask |= 1L << (i - from);
            }
        }
        return mask;
    }

    private static boolean same(char a, char b, boolean ignoreCase) {
        return a == b || ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b);
    }

    /**
     * Whether every string {@code narrower} matches is also matched by {@code wider}. Sound (a true
     * answer is always right); it treats the narrower pattern's {@code *} and {@code ?} as symbols
     * that only a {@code *} (or, for {@code ?}, also a {@code ?}) of the wider one can absorb.
     * Case-sensitive (callers lowercase action names first).
     *
     * <p>A dynamic program over (wider position, narrower position), one row per wider character, each row
     * a bit set over the narrower's positions updated a word (64 positions) at a time: O(|wider|·|narrower|/64
     * + |narrower|) time, never exponential; it stops as soon as no position is reachable.
     */
    public static boolean covers(String wider, String narrower) {
        int m = narrower.length();
        if (m < Long.SIZE) {
            return coversInOneWord(wider, narrower);
        }
        int words = (m >>> 6) + 1; // bits 0..m: reach[j] = wider[0..i) can produce narrower[0..j)
        long[] reach = new long[words];
        long[] next = new long[words];
        reach[0] = 1L;
        long[] anyButStar = new long[words]; // where a '?' of the wider can advance
        long[][] ascii = new long[128][];
        for (int j = 0; j < m; j++) {
            char q = narrower.charAt(j);
            if (q != '*') {
                anyButStar[j >>> 6] |= 1L << j;
            }
            if (q != '*' && q < 128) {
                if (ascii[q] == null) {
                    ascii[q] = new long[words];
                }
                ascii[q][j >>> 6] |= 1L << j;
            }
        }
        long[] none = new long[words];
        for (int i = 0; i < wider.length(); i++) {
            char w = wider.charAt(i);
            boolean alive = false;
            if (w == '*') {
                int k = 0;
                while (k < words && reach[k] == 0) {
                    next[k++] = 0;
                }
                if (k < words) {
                    next[k] = -(reach[k] & -reach[k]); // the lowest reachable position and every one after it
                    alive = true;
                    for (k++; k < words; k++) {
                        next[k] = -1L;
                    }
                }
            } else {
                long[] mask =
                        w == '?' ? anyButStar : w < 128 ? (ascii[w] == null ? none : ascii[w]) : maskOf(narrower, w);
                long carry = 0;
                for (int k = 0; k < words; k++) {
                    long moved = reach[k] & mask[k];
                    next[k] = (moved << 1) | carry;
                    carry = moved >>> 63;
                    alive |= next[k] != 0;
                }
            }
            next[words - 1] &= lastWordBits(m);
            if (!alive || next[words - 1] == 0 && allZero(next, words - 1)) {
                return false;
            }
            long[] swap = reach;
            reach = next;
            next = swap;
        }
        return (reach[m >>> 6] & (1L << m)) != 0;
    }

    /** {@link #covers} for a narrower pattern of at most 63 characters: one long per row, nothing allocated per row. */
    private static boolean coversInOneWord(String wider, String narrower) {
        int m = narrower.length();
        long valid = m == 63 ? -1L : (1L << (m + 1)) - 1;
        long anyButStar = 0;
        long[] ascii = new long[128];
        for (int j = 0; j < m; j++) {
            char q = narrower.charAt(j);
            if (q != '*') {
                anyButStar |= 1L << j;
                if (q < 128) {
                    ascii[q] |= 1L << j;
                }
            }
        }
        long reach = 1L;
        for (int i = 0; i < wider.length(); i++) {
            char w = wider.charAt(i);
            if (w == '*') {
                reach = -(reach & -reach) & valid;
            } else {
                long mask = w == '?' ? anyButStar : w < 128 ? ascii[w] : maskOf(narrower, w)[0];
                reach = ((reach & mask) << 1) & valid;
            }
            if (reach == 0) {
                return false;
            }
        }
        return (reach >>> m & 1L) != 0;
    }

    private static long[] maskOf(String narrower, char w) {
        long[] mask = new long[(narrower.length() >>> 6) + 1];
        for (int j = 0; j < narrower.length(); j++) {
            if (narrower.charAt(j) == w) {
                mask[j >>> 6] |= 1L << j;
            }
        }
        return mask;
    }

    /** The valid bits of the last word: positions up to m. */
    private static long lastWordBits(int m) {
        int used = (m & 63) + 1;
        return used == 64 ? -1L : (1L << used) - 1;
    }

    private static boolean allZero(long[] bits, int words) {
        for (int k = 0; k < words; k++) {
            if (bits[k] != 0) {
                return false;
            }
        }
        return true;
    }
}
