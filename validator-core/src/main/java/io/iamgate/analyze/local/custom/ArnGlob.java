package io.iamgate.analyze.local.custom;

/** IAM's resource wildcards: {@code *} any run of characters, {@code ?} one character; case-sensitive. */
final class ArnGlob {

    private ArnGlob() {
    }

    static boolean matches(String pattern, String text) {
        int p = 0;
        int t = 0;
        int star = -1;
        int mark = 0;
        while (t < text.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    /** Either side may carry wildcards: they may name a common resource (over-approximates). */
    static boolean overlaps(String a, String b) {
        return matches(a, b) || matches(b, a);
    }
}
