package io.iamgate.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A templated condition key name split into its literal parts, so that family membership is a few
 * {@code startsWith}/{@code indexOf} calls instead of a regex. Placeholders are written
 * {@code ${Name}} (most services) or {@code <name>} (S3's object tag keys); each stands for one or
 * more characters, like the {@code .+?} that iam-data's own patterns use.
 */
final class ConditionKeyTemplate {

    /** Lowercase literal text around the placeholders: one more element than there are placeholders. */
    private final String[] literals;

    private ConditionKeyTemplate(String[] literals) {
        this.literals = literals;
    }

    static boolean isTemplate(String name) {
        return name.contains("${") || (name.indexOf('<') >= 0 && name.indexOf('>') > name.indexOf('<'));
    }

    static ConditionKeyTemplate of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> parts = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < lower.length()) {
            int end = placeholderEnd(lower, i);
            if (end > 0) {
                parts.add(lower.substring(start, i));
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        parts.add(lower.substring(start));
        return new ConditionKeyTemplate(parts.toArray(String[]::new));
    }

    /** The index after a placeholder starting at {@code i}, or -1 if none starts there. */
    private static int placeholderEnd(String s, int i) {
        if (s.startsWith("${", i)) {
            int close = s.indexOf('}', i + 2);
            return close > i + 2 ? close + 1 : -1;
        }
        if (s.charAt(i) == '<') {
            int close = s.indexOf('>', i + 1);
            return close > i + 1 ? close + 1 : -1;
        }
        return -1;
    }

    /** The literal text before the first placeholder (lowercase). */
    String head() {
        return literals[0];
    }

    /** Whether a lowercase key name fills this template, each placeholder with at least one char. */
    boolean matches(String lowerKey) {
        String first = literals[0];
        String last = literals[literals.length - 1];
        if (!lowerKey.startsWith(first)) {
            return false;
        }
        int pos = first.length();
        // Leftmost match of each middle literal is enough: every placeholder takes any text.
        for (int i = 1; i < literals.length - 1; i++) {
            int found = lowerKey.indexOf(literals[i], pos + 1);
            if (found < 0) {
                return false;
            }
            pos = found + literals[i].length();
        }
        return lowerKey.length() - last.length() >= pos + 1 && lowerKey.endsWith(last);
    }
}
