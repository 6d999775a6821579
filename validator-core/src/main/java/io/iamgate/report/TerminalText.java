package io.iamgate.report;

/**
 * Untrusted text (policy text, file names, messages) made safe for a terminal, a CI log or any line-based
 * reader: every character that could end a line, move the cursor, start an escape sequence or reorder what
 * is shown is written as a visible escape ({@code \n}, {@code \r}, {@code \t}, {@code \u001b}), so one
 * finding stays one line and a Sid cannot start a line of its own ({@code ::add-mask::}, a fake summary).
 * Escaped: C0 and C1 controls and DEL, the Unicode line and paragraph separators, the bidirectional
 * controls (which reorder what a reader sees), lone surrogates and the non-characters U+FFFE and U+FFFF.
 * Everything else, accents and CJK included, is kept as it is. Backslashes are kept too: the escapes are
 * for reading, not for decoding back.
 */
public final class TerminalText {

    private TerminalText() {}

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else if (!unsafe(c)) {
                sb.append(c);
            } else {
                switch (c) {
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> sb.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        return sb.toString();
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (unsafe(c)) {
                return i;
            }
        }
        return -1;
    }

    /** A character to escape, when it is not half of a well-formed surrogate pair. */
    private static boolean unsafe(char c) {
        return c < 0x20
                || (c >= 0x7f && c <= 0x9f)
                || c == '\u2028'
                || c == '\u2029' // line and paragraph separators
                || c == '\u061c'
                || c == '\u200e'
                || c == '\u200f' // bidi marks
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069') // bidi embeddings, isolates
                || Character.isSurrogate(c)
                || c == '\ufffe'
                || c == '\uffff';
    }
}
