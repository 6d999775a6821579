package io.iamgate.report;

import io.iamgate.model.PolicyUnit;
import java.util.List;

/** One validated policy and its findings, in document order. */
public record PolicyResult(PolicyUnit unit, List<ReportedFinding> findings) {

    public PolicyResult {
        findings = List.copyOf(findings);
    }

    /**
     * Where in its file the policy sits (a template path, a Terraform address with its for_each key), as
     * reports show it: with secrets redacted, since the repository chooses those names.
     */
    public String origin() {
        return SecretRedactor.redact(unit.origin());
    }

    public long blockingCount() {
        return findings.stream().filter(ReportedFinding::blocking).count();
    }
}
