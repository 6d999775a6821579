package io.iamgate.analyze.local.condition.key;

import io.iamgate.analyze.local.condition.ConditionKeys;
import io.iamgate.analyze.local.condition.value.ValueText;

/**
 * When a wildcard or a policy variable in a condition value grants too much. Shared by
 * WILDCARD_USAGE_TOO_PERMISSIVE and VARIABLE_USAGE_TOO_PERMISSIVE: a variable can be set by the caller to
 * anything, so it is judged like a wildcard at the same place. Three rules, after AA's three messages:
 * <ol>
 * <li>sensitive keys (token audiences) take no pattern at all; account and organization keys are not among
 * them: AA accepts "aws:ResourceAccount": "${aws:PrincipalAccount}";</li>
 * <li>OIDC subject claims ("provider:sub") need at least 6 literal characters before the pattern;</li>
 * <li>aws:userid ("principal-id:session") takes a pattern only right of the colon, or as the whole left side.</li>
 * </ol>
 */
enum PermissivePatternRule {
    SENSITIVE_KEY,
    TOO_FEW_LEADING_CHARACTERS,
    USERID_LEFT_OF_COLON;

    static final int MIN_LEADING_CHARACTERS = 6;

    /** The rule the value breaks, or null. {@code variables} selects which pattern kind is judged. */
    static PermissivePatternRule broken(String key, String value, boolean variables) {
        boolean wildcards = !variables;
        int special = ValueText.firstSpecial(value, wildcards, variables);
        if (special < 0) {
            return null;
        }
        String k = ConditionKeys.lower(key);
        if (AudienceClaimKeys.isAudience(key)) {
            return SENSITIVE_KEY;
        }
        if (k.equals("aws:userid")) {
            int colon = colonOutsideVariables(value);
            if (colon >= 0 && special > colon) {
                return null;
            }
            if (colon > 0 && isWholeSpecial(value.substring(0, colon), variables)) {
                return null;
            }
            return USERID_LEFT_OF_COLON;
        }
        if (isOidcSubject(k) && ValueText.literalPrefixLength(value, true, true) < MIN_LEADING_CHARACTERS) {
            return TOO_FEW_LEADING_CHARACTERS;
        }
        return null;
    }

    /** What the finding says; {@code pattern} names the kind judged ("wildcard" or "policy variable"). */
    String details(String key, String value, String pattern) {
        return switch (this) {
            case SENSITIVE_KEY ->
                "The value \"" + value + "\" puts a " + pattern + " in " + key + ", a sensitive key where a " + pattern
                        + " can match principals outside your control. Write the exact values.";
            case USERID_LEFT_OF_COLON ->
                "The value \"" + value + "\" puts a " + pattern + " left of the colon in " + key
                        + " (principal-id:session). Put it right of the colon, or make it the whole left side.";
            case TOO_FEW_LEADING_CHARACTERS ->
                "The value \"" + value + "\" of " + key + " has fewer than "
                        + MIN_LEADING_CHARACTERS + " literal characters before its " + pattern + ", so it "
                        + "matches almost any subject. Put at least " + MIN_LEADING_CHARACTERS
                        + " fixed characters (e.g. repo:my-org/my-repo:) before it.";
        };
    }

    /** The first ':' that is not inside a ${...} variable (whose names have colons too), or -1. */
    private static int colonOutsideVariables(String value) {
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '$' && i + 1 < value.length() && value.charAt(i + 1) == '{') {
                int end = value.indexOf('}', i + 2);
                if (end > 0) {
                    i = end + 1;
                    continue;
                }
            }
            if (c == ':') {
                return i;
            }
            i++;
        }
        return -1;
    }

    /** The left side is exactly one wildcard ("*") or exactly one variable. */
    private static boolean isWholeSpecial(String left, boolean variables) {
        if (!variables) {
            return left.equals("*");
        }
        return left.startsWith("${") && left.indexOf('}') == left.length() - 1 && ValueText.hasVariable(left);
    }

    private static boolean isOidcSubject(String lowerKey) {
        return lowerKey.endsWith(":sub") && lowerKey.indexOf(':') == lowerKey.length() - 4 && lowerKey.indexOf('.') > 0;
    }
}
