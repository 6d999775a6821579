package io.iamgate.gate;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Why a finding is accepted, or was: by a suppression of the configuration (with its reason and expiry)
 * or by the baseline file. {@code expired} marks a suppression whose date has passed: the finding blocks
 * again and the report says since when.
 */
public record SuppressionState(Source by, String reason, Optional<LocalDate> expires, boolean expired) {

    public enum Source {
        SUPPRESSION,
        BASELINE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** True when the finding is accepted now (an expired suppression accepts nothing). */
    public boolean active() {
        return !expired;
    }

    /** One line for text reports: "suppressed: REASON", or "suppression expired on DATE: REASON". */
    public String describe() {
        if (expired) {
            return "suppression expired on " + expires.map(LocalDate::toString).orElse("?") + ": " + reason;
        }
        return (by == Source.BASELINE ? "in baseline: " : "suppressed: ")
                + reason
                + expires.map(d -> " (until " + d + ")").orElse("");
    }
}
