package io.iamgate.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps AWS credentials and GitHub tokens out of everything iamgate prints. A policy may legitimately hold
 * a key-like string (a condition on aws:userid, a value pasted by mistake) and parser messages quote the
 * text they choke on, so every finding detail, error message, suppression reason and policy origin passes
 * through here before any reporter shows it. Redacted: access key IDs (AKIA/ASIA followed by 16 upper-case
 * letters or digits), GitHub tokens ({@code ghp_}, {@code gho_}, {@code ghu_}, {@code ghs_}, {@code ghr_},
 * {@code github_pat_}), values after aws_secret_access_key / aws_session_token, 40-character secret-shaped
 * runs (base64 alphabet mixing upper case, lower case and digits, with at most three {@code /}, as secret
 * access keys do: hex digests, words, ARNs and paths do not qualify), also right after {@code =} or
 * {@code /} ({@code key=...}, {@code .../secret/...}), and base64 runs of 100 characters or more (session
 * tokens).
 */
public final class SecretRedactor {

    public static final String MASK = "[REDACTED]";

    private static final Pattern ACCESS_KEY_ID = Pattern.compile("(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])");
    /** GitHub's token formats: a prefix, then at least 36 characters (fine-grained tokens hold underscores). */
    private static final Pattern GITHUB_TOKEN = Pattern.compile(
            "(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,}+|github_pat_[A-Za-z0-9_]{36,}+)(?![A-Za-z0-9_])");

    private static final Pattern NAMED_SECRET = Pattern.compile(
            "(?i)(aws_secret_access_key|aws_session_token|secretaccesskey|sessiontoken)(\\W{0,3}\\s*[:=]\\s*\\W{0,2})"
                    + "[^\\s\"',}]+");
    /** Base64 without its padding, which a session token may end with; it may follow {@code =}. */
    private static final Pattern SESSION_TOKEN = Pattern.compile("(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{100,}={0,2}");
    /**
     * Forty characters of the secret key alphabet, not inside a longer run of letters, digits and {@code +}:
     * they may start after a {@code /} or {@code =} and end before one, as a key does in {@code key=...}.
     */
    private static final Pattern SECRET_SHAPED = Pattern.compile("(?<![A-Za-z0-9+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9+])");

    private static final int SECRET_LENGTH = 40;
    private static final int MAX_SLASHES = 3;

    private SecretRedactor() {}

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String t = ACCESS_KEY_ID.matcher(text).replaceAll(MASK);
        t = GITHUB_TOKEN.matcher(t).replaceAll(MASK);
        t = NAMED_SECRET.matcher(t).replaceAll("$1$2" + Matcher.quoteReplacement(MASK));
        t = SESSION_TOKEN.matcher(t).replaceAll(MASK);
        return redactSecretShaped(t);
    }

    /** Candidates overlap (a path segment may start one), so a rejected one is retried one character on. */
    private static String redactSecretShaped(String t) {
        Matcher m = SECRET_SHAPED.matcher(t);
        StringBuilder out = new StringBuilder(t.length());
        int copied = 0;
        int from = 0;
        while (from <= t.length() - SECRET_LENGTH && m.find(from)) {
            if (looksLikeSecret(m.group())) {
                out.append(t, copied, m.start()).append(MASK);
                copied = m.end();
                from = m.end();
            } else {
                from = m.start() + 1;
            }
        }
        return out.append(t, copied, t.length()).toString();
    }

    private static boolean looksLikeSecret(String s) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        int slashes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            digit |= c >= '0' && c <= '9';
            slashes += c == '/' ? 1 : 0;
        }
        return upper
                && lower
                && digit
                && slashes <= MAX_SLASHES
                && s.charAt(0) != '/'
                && s.charAt(s.length() - 1) != '/';
    }
}
