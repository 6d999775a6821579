package io.iamgate.analyze.local.condition.value;

import java.math.BigDecimal;
import java.util.Optional;

/** The numbers the Numeric operators accept: an optional sign, digits, an optional fraction and exponent. */
public final class IamNumber {

    private IamNumber() {}

    public static boolean isNumber(String text) {
        int i = 0;
        int n = text.length();
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            int exp = 0;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return i == n;
    }

    public static Optional<BigDecimal> parse(String text) {
        return isNumber(text)
                ? Optional.of(new BigDecimal(text.startsWith("+") ? text.substring(1) : text))
                : Optional.empty();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
