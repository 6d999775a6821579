package io.iamgate.analyze.local.custom;

import io.iamgate.reference.Glob;

/** IAM's resource wildcards: {@code *} any run of characters, {@code ?} one character; case-sensitive. */
final class ArnGlob {

    private ArnGlob() {}

    static boolean matches(String pattern, String text) {
        return Glob.matches(pattern, text);
    }

    /** Either side may carry wildcards: they may name a common resource (over-approximates). */
    static boolean overlaps(String a, String b) {
        return matches(a, b) || matches(b, a);
    }
}
