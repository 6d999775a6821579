package io.iamgate.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The findings of a report flattened and ranked worst first: by type, blocking first, then file and line. */
final class FindingOrder {

    /** A finding with the policy it belongs to. */
    record Entry(PolicyResult policy, ReportedFinding finding) {}

    private static final Comparator<Entry> WORST_FIRST = Comparator.<Entry>comparingInt(
                    e -> e.finding().finding().findingType().ordinal())
            .thenComparing(e -> !e.finding().blocking())
            .thenComparing(e -> e.policy().unit().file())
            .thenComparingInt(e -> e.finding().line())
            .thenComparingInt(e -> e.finding().column());

    private FindingOrder() {}

    static List<Entry> worstFirst(RunReport report) {
        List<Entry> all = new ArrayList<>();
        for (PolicyResult p : report.policies()) {
            for (ReportedFinding rf : p.findings()) {
                all.add(new Entry(p, rf));
            }
        }
        all.sort(WORST_FIRST);
        return all;
    }
}
