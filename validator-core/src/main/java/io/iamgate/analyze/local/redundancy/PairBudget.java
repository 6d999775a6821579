package io.iamgate.analyze.local.redundancy;

/**
 * A bound on the work of comparing one element's entries with each other. Coverage is a relation between
 * pairs, so a list of n wildcard entries has n² pairs: a pull request could make the check run for minutes.
 * Each comparison spends units (one per candidate looked at, {@link #patternComparison} for a pattern
 * comparison, one per reference action for a comparison by the reference); when they run out the check
 * stops comparing and says so in a finding, rather than running on or dropping the rest silently. No
 * policy within AWS's size limits comes near the bound.
 */
final class PairBudget {

    /** A fraction of a second of comparisons on one core; about 900 wildcard ARNs of 60 characters, all pairs. */
    static final long UNITS = 50_000_000L;

    /** The units of one pattern comparison ({@code Glob.covers}: a row of 64-bit words per wider character). */
    static long patternComparison(String wider, String narrower) {
        return (long) wider.length() * (narrower.length() / 64 + 1);
    }

    private long left;

    PairBudget() {
        this(UNITS);
    }

    PairBudget(long units) {
        this.left = units;
    }

    /** Spends {@code units}; false once the budget is gone (the comparison that overdrew it is not made). */
    boolean spend(long units) {
        left -= units;
        return left >= 0;
    }

    boolean exhausted() {
        return left < 0;
    }

    /** The finding's text when the budget ran out on {@code element}. */
    static String note(String element, int entries, String kind) {
        return "Not all " + entries + " entries of this " + element + " element were compared for redundant "
                + kind + ": comparing them needs more work than iamgate allows for one element, so it stopped "
                + "(redundant entries found before that are reported). Split the statement or use fewer wildcard "
                + "entries to have every entry compared.";
    }
}
