package io.iamgate.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parser's error message without the file's content: Jackson and SnakeYAML quote the token they stopped at, which
 * may be the first word of a secret (a token file, a credentials file). The position is reported beside the message,
 * so the message says what kind of text was found instead.
 */
final class ParseMessage {

    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '.*?'(?=: was expecting|$)");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern NUMBER = Pattern.compile("(Numeric value) \\([^)]*\\)");

    private ParseMessage() {}

    static String withoutContent(String message) {
        String m = UNRECOGNIZED
                .matcher(message)
                .replaceAll("Unquoted text (a word that is not a string in double "
                        + "quotes, a number, true, false or null)");
        m = NUMBER.matcher(m).replaceAll("$1");
        Matcher quoted = QUOTED.matcher(m);
        StringBuilder out = new StringBuilder();
        while (quoted.find()) {
            quoted.appendReplacement(out, Matcher.quoteReplacement(shown(quoted.group(1))));
        }
        quoted.appendTail(out);
        return out.toString();
    }

    /** JSON's own words and a single punctuation character say nothing about the content; anything else is hidden. */
    private static String shown(String quoted) {
        if (quoted.equals("null")
                || quoted.equals("true")
                || quoted.equals("false")
                || quoted.length() == 1 && isPunctuation(quoted.charAt(0))) {
            return "'" + quoted + "'";
        }
        if (quoted.length() == 1 && Character.isLetterOrDigit(quoted.charAt(0))) {
            return "a letter or digit";
        }
        return "(text not shown)";
    }

    private static boolean isPunctuation(char c) {
        return c > 0x20 && c < 0x7f && !Character.isLetterOrDigit(c);
    }
}
