package io.iamgate.report;

import io.iamgate.model.PolicyUnit;
import java.util.List;

/** One validated policy and its findings, in document order. */
public record PolicyResult(PolicyUnit unit, List<ReportedFinding> findings) {

    public PolicyResult {
        findings = List.copyOf(findings);
    }

    public long blockingCount() {
        return findings.stream().filter(ReportedFinding::blocking).count();
    }
}
