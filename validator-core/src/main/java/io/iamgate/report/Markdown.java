package io.iamgate.report;

import io.iamgate.load.InputError;
import io.iamgate.model.Finding;
import io.iamgate.model.FindingType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Markdown pieces the markdown report and the GitHub job summary share: the counts table and the
 * findings table. Untrusted text goes through {@link MarkdownText}, so that it cannot break the table or inject
 * markup.
 */
final class Markdown {

    private Markdown() {}

    static String heading(RunReport report) {
        String verdict = !report.errors().isEmpty()
                ? "could not check everything"
                : report.blockingCount() > 0 ? "blocking findings" : "passed";
        return "## iamgate: " + verdict + "\n\n"
                + report.files() + " file(s), " + report.policies().size() + " policies, " + report.findingCount()
                + " finding(s), " + report.blockingCount() + " blocking, "
                + (report.uncheckedCount() == 0 ? "" : report.uncheckedCount() + " not checked, ")
                + report.errors().size() + " error(s).\n\n";
    }

    /** One row per finding type, with how many block. */
    static String countsTable(RunReport report) {
        Map<FindingType, int[]> counts = new EnumMap<>(FindingType.class);
        for (FindingType t : FindingType.values()) {
            counts.put(t, new int[2]);
        }
        for (PolicyResult p : report.policies()) {
            for (ReportedFinding rf : p.findings()) {
                int[] c = counts.get(rf.finding().findingType());
                c[0]++;
                c[1] += rf.blocking() ? 1 : 0;
            }
        }
        StringBuilder sb = new StringBuilder("| Finding type | Findings | Blocking |\n| --- | ---: | ---: |\n");
        counts.forEach((type, c) -> sb.append("| ")
                .append(type.name())
                .append(" | ")
                .append(c[0])
                .append(" | ")
                .append(c[1])
                .append(" |\n"));
        return sb.append('\n').toString();
    }

    /** At most {@code limit} rows, then a line saying how many were left out. */
    static String findingsTable(List<FindingOrder.Entry> entries, int limit) {
        StringBuilder sb =
                new StringBuilder("| Location | Type | Code | Blocking | Details |\n| --- | --- | --- | --- | --- |\n");
        int shown = 0;
        for (FindingOrder.Entry e : entries) {
            if (shown == limit) {
                break;
            }
            Finding f = e.finding().finding();
            String origin = e.policy().origin();
            sb.append("| ")
                    .append(MarkdownText.code(e.policy().unit().file() + ":"
                            + e.finding().line() + ":" + (e.finding().column() + 1)))
                    .append(" | ")
                    .append(f.findingType().name())
                    .append(" | ")
                    .append(
                            f.learnMoreLink().isEmpty()
                                    ? MarkdownText.code(f.issueCode())
                                    : "[" + MarkdownText.code(f.issueCode()) + "]("
                                            + MarkdownText.link(f.learnMoreLink()) + ")")
                    .append(" | ")
                    .append(e.finding().blocking() ? "yes" : "no")
                    .append(e.finding()
                            .suppression()
                            .map(st -> " (" + MarkdownText.cell(st.describe()) + ")")
                            .orElse(""))
                    .append(" | ")
                    .append(MarkdownText.cell(f.findingDetails()))
                    .append(origin.isEmpty() ? "" : " (" + MarkdownText.code(origin) + ")")
                    .append(" |\n");
            shown++;
        }
        if (entries.size() > shown) {
            sb.append("\n").append(entries.size() - shown).append(" more not shown; see the SARIF or JSON report.\n");
        }
        return sb.append('\n').toString();
    }

    static String errorsTable(List<InputError> errors) {
        StringBuilder sb = new StringBuilder("| File | Error |\n| --- | --- |\n");
        for (InputError e : errors) {
            sb.append("| ")
                    .append(MarkdownText.code(e.file()))
                    .append(" | ")
                    .append(MarkdownText.cell(e.message()))
                    .append(" |\n");
        }
        return sb.append('\n').toString();
    }
}
