package io.iamgate.analyze.local.principal;

/**
 * IAM unique IDs (AIDA... for users, AROA... for roles): a policy that names one keeps pointing at the
 * deleted entity when a new one of the same name is created, which is rarely what the author meant.
 */
final class UniqueIdReference {

    private UniqueIdReference() {}

    /** True for a unique ID with the prefix: the prefix, then upper-case letters and digits, 16 to 32 in all. */
    static boolean is(String value, String prefix) {
        if (!value.startsWith(prefix) || value.length() < 16 || value.length() > 32) {
            return false;
        }
        for (int i = prefix.length(); i < value.length(); i++) {
            char c = value.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }
}
