package io.iamgate.reference;

/**
 * IAM's two wildcards, {@code *} (any run of characters, also empty) and {@code ?} (one character),
 * over text the caller has already lowercased. No regex: this runs for every action entry.
 */
public final class Glob {

  private Glob() {}

  static boolean hasWildcard(String s) {
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

  /** Whether {@code text} is in the language of {@code pattern}. */
  public static boolean matches(String pattern, String text) {
    int p = 0;
    int t = 0;
    int starP = -1;
    int starT = 0;
    while (t < text.length()) {
      if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
        p++;
        t++;
      } else if (p < pattern.length() && pattern.charAt(p) == '*') {
        starP = p++;
        starT = t;
      } else if (starP >= 0) {
        // Let the last star take one more character and retry from there.
        p = starP + 1;
        t = ++starT;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }

  /**
   * Whether every string {@code narrower} matches is also matched by {@code wider}. Sound (a true
   * answer is always right); it treats the narrower pattern's {@code *} and {@code ?} as symbols
   * that only a {@code *} (or, for {@code ?}, also a {@code ?}) of the wider one can absorb.
   */
  static boolean covers(String wider, String narrower) {
    int n = wider.length();
    int m = narrower.length();
    // reach[j]: wider[0..i) can produce narrower[0..j)
    boolean[] reach = new boolean[m + 1];
    reach[0] = true;
    for (int i = 0; i < n; i++) {
      char w = wider.charAt(i);
      boolean[] next = new boolean[m + 1];
      if (w == '*') {
        boolean any = false;
        for (int j = 0; j <= m; j++) {
          any |= reach[j];
          next[j] = any;
        }
      } else {
        for (int j = 0; j < m; j++) {
          if (!reach[j]) {
            continue;
          }
          char q = narrower.charAt(j);
          if (q == '*') {
            continue;
          }
          if (w == '?' || w == q) {
            next[j + 1] = true;
          }
        }
      }
      reach = next;
    }
    return reach[m];
  }
}
