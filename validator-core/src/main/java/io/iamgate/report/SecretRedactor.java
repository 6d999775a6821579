package io.iamgate.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps AWS credentials out of everything iamgate prints. A policy may legitimately hold a key-like
 * string (a condition on aws:userid, a value pasted by mistake) and parser messages quote the text they
 * choke on, so every finding detail and error message passes through here once, in the core, before any
 * reporter sees it. Redacted: access key IDs (AKIA/ASIA followed by 16 upper-case letters or digits),
 * values after aws_secret_access_key / aws_session_token, 40-character secret-shaped runs (base64
 * alphabet mixing upper case, lower case and digits, as secret access keys do: hex digests, words and
 * ARNs do not qualify) and base64 runs of 100 characters or more (session tokens).
 */
public final class SecretRedactor {

    public static final String MASK = "[REDACTED]";

    private static final Pattern ACCESS_KEY_ID = Pattern.compile("(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])");
    private static final Pattern NAMED_SECRET = Pattern.compile(
            "(?i)(aws_secret_access_key|aws_session_token|secretaccesskey|sessiontoken)(\\W{0,3}\\s*[:=]\\s*\\W{0,2})"
                    + "[^\\s\"',}]+");
    private static final Pattern SESSION_TOKEN = Pattern.compile("(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{100,}");
    private static final Pattern SECRET_SHAPED = Pattern.compile("(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])");

    private SecretRedactor() {
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String t = ACCESS_KEY_ID.matcher(text).replaceAll(MASK);
        t = NAMED_SECRET.matcher(t).replaceAll("$1$2" + Matcher.quoteReplacement(MASK));
        t = SESSION_TOKEN.matcher(t).replaceAll(MASK);
        Matcher m = SECRET_SHAPED.matcher(t);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(looksLikeSecret(m.group()) ? MASK : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean looksLikeSecret(String s) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            digit |= c >= '0' && c <= '9';
        }
        return upper && lower && digit;
    }
}
