package io.iamgate.report;

import io.iamgate.model.Finding;

/**
 * A finding as reported: Access Analyzer's finding plus where it stands in the file (line 1-based,
 * column 0-based, as in spans), whether it blocks, and its stable fingerprint.
 */
public record ReportedFinding(Finding finding, int line, int column, boolean blocking, String fingerprint) {
}
