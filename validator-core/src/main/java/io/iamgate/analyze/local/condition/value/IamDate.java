package io.iamgate.analyze.local.condition.value;

/**
 * Reads a Date operator value. IAM takes the W3C profile of ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD, and
 * YYYY-MM-DDThh:mm[:ss[.s]] with a time zone) or epoch seconds. A bare year or year-month is valid but
 * imprecise, and four digits alone read either as a year or as epoch seconds: those "might not resolve as
 * expected".
 */
public final class IamDate {

    public enum Kind {
        /** A full date, a date-time or epoch seconds. */
        PRECISE,
        /** YYYY or YYYY-MM: valid, but the instant it stands for is easy to get wrong. */
        IMPRECISE,
        /** Not a date IAM can read. */
        INVALID
    }

    private IamDate() {}

    public static Kind classify(String text) {
        int n = text.length();
        if (n == 0) {
            return Kind.INVALID;
        }
        if (allDigits(text, 0, n)) {
            return n == 4 ? Kind.IMPRECISE : Kind.PRECISE;
        }
        if (n == 7 && allDigits(text, 0, 4) && text.charAt(4) == '-' && allDigits(text, 5, 7)) {
            return month(text, 5) ? Kind.IMPRECISE : Kind.INVALID;
        }
        if (n < 10
                || !allDigits(text, 0, 4)
                || text.charAt(4) != '-'
                || !allDigits(text, 5, 7)
                || text.charAt(7) != '-'
                || !allDigits(text, 8, 10)
                || !month(text, 5)) {
            return Kind.INVALID;
        }
        int day = num(text, 8, 10);
        if (day < 1 || day > daysIn(num(text, 0, 4), num(text, 5, 7))) {
            return Kind.INVALID;
        }
        if (n == 10) {
            return Kind.PRECISE;
        }
        return validTime(text, 10) ? Kind.PRECISE : Kind.INVALID;
    }

    /** "Thh:mm[:ss[.fraction]][Z|+hh:mm|-hh:mm]" from {@code i} to the end. */
    private static boolean validTime(String t, int i) {
        int n = t.length();
        if (t.charAt(i) != 'T'
                || n < i + 6
                || !allDigits(t, i + 1, i + 3)
                || t.charAt(i + 3) != ':'
                || !allDigits(t, i + 4, i + 6)
                || num(t, i + 1, i + 3) > 23
                || num(t, i + 4, i + 6) > 59) {
            return false;
        }
        i += 6;
        if (i < n && t.charAt(i) == ':') {
            if (n < i + 3 || !allDigits(t, i + 1, i + 3) || num(t, i + 1, i + 3) > 60) {
                return false;
            }
            i += 3;
            if (i < n && t.charAt(i) == '.') {
                int start = ++i;
                while (i < n && Character.isDigit(t.charAt(i)) && t.charAt(i) < 128) {
                    i++;
                }
                if (i == start) {
                    return false;
                }
            }
        }
        if (i == n) {
            return true;
        }
        char z = t.charAt(i);
        if (z == 'Z') {
            return i + 1 == n;
        }
        if (z == '+' || z == '-') {
            if (n == i + 6 && t.charAt(i + 3) == ':') {
                return allDigits(t, i + 1, i + 3)
                        && allDigits(t, i + 4, i + 6)
                        && num(t, i + 1, i + 3) <= 23
                        && num(t, i + 4, i + 6) <= 59;
            }
            return n == i + 5 && allDigits(t, i + 1, i + 5) && num(t, i + 1, i + 3) <= 23 && num(t, i + 3, i + 5) <= 59;
        }
        return false;
    }

    private static boolean month(String t, int at) {
        int m = num(t, at, at + 2);
        return m >= 1 && m <= 12;
    }

    private static int daysIn(int year, int month) {
        switch (month) {
            case 2:
                return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    private static boolean allDigits(String t, int from, int to) {
        if (to > t.length() || from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (t.charAt(i) - '0');
        }
        return v;
    }
}
