package io.iamgate.report;

import io.iamgate.gate.Baseline;
import io.iamgate.gate.BaselineEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a run's findings into a baseline: every finding, blocking or not, except those a suppression
 * already accepts (recording them would outlive the suppression's expiry date).
 */
public final class BaselineRecorder {

    private BaselineRecorder() {}

    public static Baseline record(RunReport report) {
        List<BaselineEntry> entries = new ArrayList<>();
        for (PolicyResult p : report.policies()) {
            for (ReportedFinding rf : p.findings()) {
                if (rf.suppressed()) {
                    continue;
                }
                entries.add(new BaselineEntry(
                        rf.fingerprint(),
                        p.unit().file(),
                        p.unit().origin(),
                        rf.finding().issueCode(),
                        rf.finding().findingType().name(),
                        rf.finding().primaryPath().toString()));
            }
        }
        return new Baseline(entries);
    }
}
