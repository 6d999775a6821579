package io.iamgate.analyze.local.size;

/** How IAM and Organizations count a policy's size. */
final class PolicySize {

    private PolicySize() {}

    /** Characters other than JSON whitespace (space, tab, line feed, carriage return): IAM's count. */
    static int nonWhitespace(String text) {
        int n = 0;
        for (int i = 0, len = text.length(); i < len; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                n++;
            }
        }
        return n;
    }

    /**
     * The size Access Analyzer reports for IAM policies: the non-whitespace count plus one, in every
     * observed answer (the reason is AWS's; matching it keeps our numbers identical to theirs).
     */
    static int reported(String text) {
        return nonWhitespace(text) + 1;
    }
}
