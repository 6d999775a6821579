package io.iamgate.extract.terraform;

import io.iamgate.report.PolicyResult;
import io.iamgate.report.RunReport;
import java.util.List;

/** Reading a run's Terraform policies in tests: one by origin, and where its findings landed. */
final class TerraformReports {

    private TerraformReports() {}

    static PolicyResult policy(RunReport r, String origin) {
        return r.policies().stream()
                .filter(p -> p.unit().origin().equals(origin))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + origin + " in "
                        + r.policies().stream().map(p -> p.unit().origin()).toList()));
    }

    /** "CODE@line:column" (column 0-based) of each finding of a policy. */
    static List<String> at(PolicyResult p) {
        return p.findings().stream()
                .map(f -> f.finding().issueCode() + "@" + f.line() + ":" + f.column())
                .toList();
    }
}
