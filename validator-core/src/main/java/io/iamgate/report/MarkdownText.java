package io.iamgate.report;

/**
 * Untrusted text for GitHub-flavoured Markdown, inside a table: first shown as on a terminal (no line
 * breaks or control characters from input), then escaped so that it can neither end its table cell nor
 * open markup, a link or HTML.
 */
public final class MarkdownText {

    private MarkdownText() {}

    /** Table-cell text: pipes and Markdown/HTML punctuation backslash-escaped, {@code &} as an entity. */
    public static String cell(String text) {
        String flat = TerminalText.escape(text);
        StringBuilder sb = new StringBuilder(flat.length() + 8);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            switch (c) {
                case '|', '\\', '`', '*', '_', '[', ']', '<', '>', '#', '~', '!' ->
                    sb.append('\\').append(c);
                case '&' -> sb.append("&amp;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * An inline code span in a table cell. Its backtick fence is longer than any run of backticks inside (a
     * span ends only at a run of the same length), padded with a space when the text starts or ends with a
     * backtick or a space (CommonMark strips one space from each side). Pipes are escaped because GFM splits
     * table cells before it parses code spans; inside a span nothing else is markup.
     */
    public static String code(String text) {
        String flat = TerminalText.escape(text).replace("|", "\\|");
        int longest = 0;
        int run = 0;
        for (int i = 0; i < flat.length(); i++) {
            run = flat.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = !flat.isEmpty()
                && (flat.startsWith("`") || flat.endsWith("`") || flat.startsWith(" ") && flat.endsWith(" "));
        String space = pad ? " " : "";
        return fence + space + flat + space + fence;
    }

    /** A link destination: characters that would end it, or the cell, percent-encoded. */
    public static String link(String url) {
        StringBuilder sb = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == '(' || c == ')' || c == '<' || c == '>' || c == '|' || c == '`' || c == 0x7f) {
                sb.append(String.format("%%%02X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
