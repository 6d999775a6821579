package io.iamgate.report;

import io.iamgate.load.InputError;
import io.iamgate.model.Finding;
import io.iamgate.model.FindingType;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * GitHub Actions workflow commands: one annotation per finding and one per file that could not be checked,
 * ordered and budgeted by {@link Annotations} so that security findings are never crowded out. A blocking
 * finding, ERROR and SECURITY_WARNING are {@code error} annotations, other WARNINGs {@code warning}, other
 * SUGGESTIONs {@code notice}. Columns are 1-based. Text from the input is escaped by
 * {@link WorkflowCommandText}. When GITHUB_STEP_SUMMARY is set, a Markdown job summary is appended to that
 * file; when GITHUB_OUTPUT is set, the step outputs {@code findings}, {@code blocking} and {@code errors}.
 */
public final class GitHubReporter implements Reporter {

    /** Rows of the job summary's table; GitHub rejects a step summary over 1 MiB. */
    static final int SUMMARY_ROWS = 500;

    @Override
    public String format() {
        return "github";
    }

    @Override
    public void write(RunReport report, ReportContext context, Writer out) throws IOException {
        List<FindingOrder.Entry> ranked = FindingOrder.worstFirst(report);
        Annotations annotations = new Annotations();
        for (FindingOrder.Entry e : ranked) {
            Finding f = e.finding().finding();
            FileRegion region = FileRegion.of(e.policy().unit(), e.finding());
            StringBuilder line = new StringBuilder(" file=")
                    .append(WorkflowCommandText.property(e.policy().unit().file()))
                    .append(",line=")
                    .append(region.startLine())
                    .append(",col=")
                    .append(region.startColumn());
            region.endLine().ifPresent(l -> line.append(",endLine=").append(l));
            region.endColumn().ifPresent(c -> line.append(",endColumn=").append(c));
            String origin = e.policy().origin();
            line.append(",title=")
                    .append(WorkflowCommandText.property(
                            f.issueCode() + " (" + f.findingType().name() + ")"))
                    .append("::")
                    .append(WorkflowCommandText.message(f.findingDetails()
                            + (origin.isEmpty() ? "" : " [" + origin + "]")
                            + (e.finding().blocking() ? "" : " (not blocking)")
                            + e.finding()
                                    .suppression()
                                    .map(st -> " (" + st.describe() + ")")
                                    .orElse("")));
            annotations.add(command(f.findingType(), e.finding().blocking()), rank(e.finding()), line.toString());
        }
        for (InputError e : report.errors()) {
            annotations.add(
                    "error",
                    Annotations.Rank.NOT_CHECKED,
                    " file=" + WorkflowCommandText.property(e.file())
                            + ",title=" + WorkflowCommandText.property("iamgate could not check this file") + "::"
                            + WorkflowCommandText.message(e.message()));
        }
        for (String line : annotations.lines()) {
            out.write(line + "\n");
        }
        out.write("iamgate: " + report.findingCount() + " finding(s), " + report.blockingCount() + " blocking, "
                + report.errors().size() + " error(s)\n");
        out.flush();
        String summary = context.environment().get("GITHUB_STEP_SUMMARY");
        if (summary != null && !summary.isBlank()) {
            appendSummary(report, ranked, Path.of(summary));
        }
        String outputs = context.environment().get("GITHUB_OUTPUT");
        if (outputs != null && !outputs.isBlank()) {
            // The totals as step outputs: a machine-readable channel, so that no script parses the lines above.
            Files.writeString(
                    Path.of(outputs),
                    "findings=" + report.findingCount() + "\nblocking=" + report.blockingCount() + "\nerrors="
                            + report.errors().size() + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }

    private static void appendSummary(RunReport report, List<FindingOrder.Entry> ranked, Path file) throws IOException {
        StringBuilder md = new StringBuilder(Markdown.heading(report)).append(Markdown.countsTable(report));
        List<FindingOrder.Entry> blocking =
                ranked.stream().filter(e -> e.finding().blocking()).toList();
        if (!blocking.isEmpty()) {
            md.append("### Blocking findings\n\n").append(Markdown.findingsTable(blocking, SUMMARY_ROWS));
        }
        if (!report.errors().isEmpty()) {
            md.append("### Errors (not checked)\n\n").append(Markdown.errorsTable(report.errors()));
        }
        Files.writeString(file, md, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** A blocking finding fails the job, so it is an error whatever its type. */
    private static String command(FindingType type, boolean blocking) {
        return blocking
                ? "error"
                : switch (type) {
                    case ERROR, SECURITY_WARNING -> "error";
                    case WARNING -> "warning";
                    case SUGGESTION -> "notice";
                };
    }

    private static Annotations.Rank rank(ReportedFinding finding) {
        boolean security = finding.finding().findingType() == FindingType.SECURITY_WARNING;
        if (finding.blocking()) {
            return security ? Annotations.Rank.BLOCKING_SECURITY_FINDING : Annotations.Rank.BLOCKING_FINDING;
        }
        return security ? Annotations.Rank.SECURITY_FINDING : Annotations.Rank.OTHER_FINDING;
    }
}
