package io.iamgate.analyze.local.condition.value;

/** Standard base64 (RFC 4648 section 4, padded), the encoding BinaryEquals compares against. */
public final class Base64Text {

    private Base64Text() {}

    public static boolean isValid(String text) {
        int n = text.length();
        if (n % 4 != 0) {
            return false;
        }
        int padding = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '=') {
                padding++;
                if (i < n - 2) {
                    return false;
                }
            } else if (padding > 0 || !isAlphabet(c)) {
                return false;
            }
        }
        return padding <= 2;
    }

    private static boolean isAlphabet(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }
}
