package io.iamgate.analyze.local.condition.key;

import io.iamgate.analyze.local.condition.value.ValueText;

/** The shape of EC2-style resource IDs: a prefix such as "vpc-" then 8 or 17 letters or digits. */
final class ResourceIdFormat {

    private ResourceIdFormat() {}

    /**
     * True when the value is a well-formed ID with this prefix. Values with wildcards or policy variables are
     * accepted: they are patterns, not IDs, and the Like operators legitimately use them.
     */
    static boolean isValid(String value, String prefix) {
        if (ValueText.hasWildcard(value) || ValueText.hasVariable(value)) {
            return true;
        }
        if (!value.startsWith(prefix)) {
            return false;
        }
        int n = value.length() - prefix.length();
        if (n != 8 && n != 17) {
            return false;
        }
        for (int i = prefix.length(); i < value.length(); i++) {
            char c = value.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }
}
