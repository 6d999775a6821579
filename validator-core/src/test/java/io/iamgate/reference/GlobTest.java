package io.iamgate.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void matches() {
        assertTrue(Glob.matches("*", ""));
        assertTrue(Glob.matches("get*", "getobject"));
        assertTrue(Glob.matches("*object", "getobject"));
        assertTrue(Glob.matches("g?t*t", "getobject"));
        assertTrue(Glob.matches("*a*b*", "xxaxxbxx"));
        assertFalse(Glob.matches("*a*b", "xxaxxbxx"));
        assertFalse(Glob.matches("get?", "get"));
        assertFalse(Glob.matches("get", "getobject"));
    }

    @Test
    void covers() {
        assertTrue(Glob.covers("*", "anything*?"));
        assertTrue(Glob.covers("get*", "getobject"));
        assertTrue(Glob.covers("get*", "get?bject*"));
        assertTrue(Glob.covers("*a*", "*a*a*"));
        assertTrue(Glob.covers("g?t", "get"));
        assertTrue(Glob.covers("g?t", "g?t"));
        assertFalse(Glob.covers("get", "g?t"));
        assertFalse(Glob.covers("get?", "get*"));
        assertFalse(Glob.covers("getobject", "get*"));
    }

    @Test
    void matchesIgnoringCaseComparesLettersOfEitherCase() {
        assertTrue(Glob.matchesIgnoringCase("iam:Pass*", "IAM:PASSROLE"));
        assertTrue(Glob.matchesIgnoringCase("*OBJECT", "s3:GetObject"));
        assertFalse(Glob.matches("*OBJECT", "s3:GetObject"), "the plain form is case-sensitive (ARNs)");
        assertFalse(Glob.matchesIgnoringCase("iam:Pass?", "iam:PassRole"));
    }

    @Test
    void longRunsAndLongTextsTakeTheScanningPath() {
        String run = "ab?d".repeat(20); // 80 characters: longer than one 64-bit scan word
        String text = "x".repeat(300) + "abcd".repeat(20) + "y".repeat(300);
        assertTrue(Glob.matches("*" + run + "*", text));
        assertFalse(Glob.matches("*" + run + "*e", text));
        assertTrue(Glob.matches("x*" + "a?c" + "*y", text), "a short run in a long text: shift-and");
        assertTrue(Glob.matchesIgnoringCase("X*ABCD*Y", text));
        assertTrue(Glob.matches("*é?x*", "y".repeat(200) + "éaxz"), "characters beyond ASCII in the scanned text");
    }

    /** The attack: a pattern of many stars against a long text that almost matches (O(n·m) for the old loop). */
    @Test
    void manyStarsAgainstALongTextAreMatchedWithoutBacktracking() {
        String pattern = "*a".repeat(1000) + "*b";
        String text = "a".repeat(100_000);
        assertFalse(Glob.matches(pattern, text));
        assertTrue(Glob.matches(pattern, text + "b"), "the safe twin: the same pattern matches when the b is there");
    }

    /**
     * Property: on random small patterns and texts over a tiny alphabet (so that matches are frequent), the
     * matcher agrees with the definition written as a memoised recursion.
     */
    @Test
    void agreesWithTheDefinitionOnRandomSmallPatterns() {
        Random random = new Random(14);
        String patternChars = "ab*?A";
        String textChars = "abA";
        for (int round = 0; round < 20_000; round++) {
            String pattern = randomText(random, patternChars, 8);
            String text = randomText(random, textChars, 10);
            assertEquals(definition(pattern, text, false), Glob.matches(pattern, text), pattern + " / " + text);
            assertEquals(
                    definition(pattern, text, true),
                    Glob.matchesIgnoringCase(pattern, text),
                    pattern + " / " + text + " ignoring case");
        }
        // Texts longer than 128 characters take the bit-parallel scan.
        for (int round = 0; round < 2_000; round++) {
            String pattern = randomText(random, patternChars, 12);
            String text = "a".repeat(129) + randomText(random, textChars, 60);
            assertEquals(definition(pattern, text, false), Glob.matches(pattern, text), pattern + " / " + text);
            assertEquals(
                    definition(pattern, text, true),
                    Glob.matchesIgnoringCase(pattern, text),
                    pattern + " / " + text + " ignoring case");
        }
    }

    private static String randomText(Random random, String alphabet, int maxLength) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** IAM's wildcards by their definition: {@code *} any run (also empty), {@code ?} any one character. */
    private static boolean definition(String p, String t, boolean ignoreCase) {
        Boolean[][] memo = new Boolean[p.length() + 1][t.length() + 1];
        return definition(p, 0, t, 0, ignoreCase, memo);
    }

    private static boolean definition(String p, int i, String t, int j, boolean ignoreCase, Boolean[][] memo) {
        if (memo[i][j] != null) {
            return memo[i][j];
        }
        boolean result;
        if (i == p.length()) {
            result = j == t.length();
        } else if (p.charAt(i) == '*') {
            result = definition(p, i + 1, t, j, ignoreCase, memo)
                    || j < t.length() && definition(p, i, t, j + 1, ignoreCase, memo);
        } else {
            result = j < t.length()
                    && (p.charAt(i) == '?'
                            || p.charAt(i) == t.charAt(j)
                            || ignoreCase && Character.toLowerCase(p.charAt(i)) == Character.toLowerCase(t.charAt(j)))
                    && definition(p, i + 1, t, j + 1, ignoreCase, memo);
        }
        memo[i][j] = result;
        return result;
    }

    /** Property: the bit-parallel coverage test agrees with the plain dynamic program it replaced. */
    @Test
    void coversAgreesWithThePlainDynamicProgram() {
        Random random = new Random(14);
        for (int round = 0; round < 20_000; round++) {
            String wider = randomText(random, "ab*?", 8);
            String narrower = randomText(random, "ab*?", round % 10 == 0 ? 150 : 10); // some past one 64-bit word
            assertEquals(plainCovers(wider, narrower), Glob.covers(wider, narrower), wider + " / " + narrower);
        }
        String longer = "a".repeat(63) + "*b" + "a".repeat(70);
        assertTrue(Glob.covers("a*b*", longer));
        assertTrue(Glob.covers("*" + "a".repeat(70), longer));
        assertFalse(Glob.covers("*" + "a".repeat(71), longer));
    }

    private static boolean plainCovers(String wider, String narrower) {
        int m = narrower.length();
        boolean[] reach = new boolean[m + 1];
        reach[0] = true;
        for (int i = 0; i < wider.length(); i++) {
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
                    char q = narrower.charAt(j);
                    if (reach[j] && q != '*' && (w == '?' || w == q)) {
                        next[j + 1] = true;
                    }
                }
            }
            reach = next;
        }
        return reach[m];
    }

    @Test
    void actionPatternsThatCoverPassRole() {
        for (String pattern : new String[] {
            "*", "iam:*", "iam:Pass*", "IAM:passrole", "iam:*Role", "iam:P?ssRole", "*:PassRole", "i*:*s*R*"
        }) {
            assertTrue(Glob.matchesIgnoringCase(pattern, "iam:PassRole"), pattern);
        }
    }

    @Test
    void actionPatternsThatDoNotCoverPassRole() {
        for (String pattern :
                new String[] {"iam:Get*", "iam:PassRoles", "iam:PassRol", "iam:?PassRole", "s3:*", "", "iam:Pass?"}) {
            assertFalse(Glob.matchesIgnoringCase(pattern, "iam:PassRole"), pattern);
        }
    }
}
