package io.iamgate.report;

import io.iamgate.gate.SuppressionState;
import io.iamgate.model.Finding;
import java.util.Optional;

/**
 * A finding as reported: Access Analyzer's finding plus where it stands in the file (line 1-based,
 * column 0-based, as in spans), whether it blocks, and its stable fingerprint. {@code suppression} says
 * when a suppression or the baseline accepts it (then it does not block), or that a suppression expired.
 */
public record ReportedFinding(
        Finding finding,
        int line,
        int column,
        boolean blocking,
        String fingerprint,
        Optional<SuppressionState> suppression) {

    public ReportedFinding {
        suppression = suppression == null ? Optional.empty() : suppression;
    }

    /** A finding no suppression or baseline speaks about. */
    public ReportedFinding(Finding finding, int line, int column, boolean blocking, String fingerprint) {
        this(finding, line, column, blocking, fingerprint, Optional.empty());
    }

    /** True when a suppression or the baseline accepts the finding now. */
    public boolean suppressed() {
        return suppression.filter(SuppressionState::active).isPresent();
    }
}
