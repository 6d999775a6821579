package io.iamgate.analyze.local.size;

/** Policies of a chosen size, for the size checks' tests. */
final class SizedPolicies {

    private SizedPolicies() {}

    /**
     * A one-statement policy of exactly {@code nonWhitespace} non-whitespace characters, with {@code spaces}
     * extra spaces after the commas that separate the actions.
     */
    static String withSize(int nonWhitespace, int spaces, boolean principal) {
        String head = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + (principal ? "\"Principal\":\"*\"," : "") + "\"Action\":[";
        String tail = "],\"Resource\":\"*\"}]}";
        StringBuilder actions = new StringBuilder("\"s3:GetObject\"");
        int spaceLeft = spaces;
        while (head.length() + actions.length() - spaces + spaceLeft + tail.length() + 16 <= nonWhitespace) {
            actions.append(',');
            if (spaceLeft > 0) {
                actions.append(' ');
                spaceLeft--;
            }
            actions.append("\"s3:GetObject\"");
        }
        // Pad the last action name to reach the exact size.
        int missing = nonWhitespace - (head.length() + actions.length() - (spaces - spaceLeft) + tail.length());
        actions.insert(actions.length() - 1, "x".repeat(missing));
        String text = head + actions + tail;
        return text + " ".repeat(spaceLeft);
    }

    static int nonWhitespace(String text) {
        return (int) text.chars()
                .filter(c -> c != ' ' && c != '\n' && c != '\r' && c != '\t')
                .count();
    }
}
