package io.iamgate.report;

/**
 * Untrusted text for an XML report's attributes and text (the writer escapes {@code < & > "} itself): shown
 * as on a terminal, so no line breaks or control characters from input reach the CI's test view, and then
 * only characters XML 1.0 can carry at all (most control characters cannot be written even escaped).
 */
public final class XmlText {

    private XmlText() {}

    public static String of(String text) {
        return legal(TerminalText.escape(text));
    }

    /** Report text of our own (several lines, say) made legal without escaping its line breaks. */
    static String legal(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean allowed = c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            sb.appendCodePoint(allowed ? c : 0xFFFD);
        });
        return sb.toString();
    }
}
