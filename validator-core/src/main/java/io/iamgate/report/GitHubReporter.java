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
 * GitHub Actions workflow commands: one annotation per finding, worst first (a step shows only its first
 * 10 errors and 10 warnings), then one per error. ERROR and SECURITY_WARNING are {@code error}
 * annotations (both block by default), WARNING {@code warning}, SUGGESTION {@code notice}. Columns are
 * 1-based. When GITHUB_STEP_SUMMARY is set, a Markdown job summary is appended to that file.
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
        for (FindingOrder.Entry e : ranked) {
            Finding f = e.finding().finding();
            FileRegion region = FileRegion.of(e.policy().unit(), e.finding());
            StringBuilder line = new StringBuilder("::").append(command(f.findingType()))
                    .append(" file=").append(property(e.policy().unit().file()))
                    .append(",line=").append(region.startLine())
                    .append(",col=").append(region.startColumn());
            region.endLine().ifPresent(l -> line.append(",endLine=").append(l));
            region.endColumn().ifPresent(c -> line.append(",endColumn=").append(c));
            String origin = e.policy().unit().origin();
            line.append(",title=").append(property(f.issueCode() + " (" + f.findingType().name() + ")"))
                    .append("::").append(message(f.findingDetails()
                            + (origin.isEmpty() ? "" : " [" + origin + "]")
                            + (e.finding().blocking() ? "" : " (not blocking)")))
                    .append('\n');
            out.write(line.toString());
        }
        for (InputError e : report.errors()) {
            out.write("::error file=" + property(e.file()) + ",title=" + property("iamgate could not check this file")
                    + "::" + message(e.message()) + "\n");
        }
        out.write("iamgate: " + report.findingCount() + " finding(s), " + report.blockingCount() + " blocking, "
                + report.errors().size() + " error(s)\n");
        out.flush();
        String summary = context.environment().get("GITHUB_STEP_SUMMARY");
        if (summary != null && !summary.isBlank()) {
            appendSummary(report, ranked, Path.of(summary));
        }
    }

    private static void appendSummary(RunReport report, List<FindingOrder.Entry> ranked, Path file) throws IOException {
        StringBuilder md = new StringBuilder(Markdown.heading(report)).append(Markdown.countsTable(report));
        List<FindingOrder.Entry> blocking = ranked.stream().filter(e -> e.finding().blocking()).toList();
        if (!blocking.isEmpty()) {
            md.append("### Blocking findings\n\n").append(Markdown.findingsTable(blocking, SUMMARY_ROWS));
        }
        if (!report.errors().isEmpty()) {
            md.append("### Errors (not checked)\n\n").append(Markdown.errorsTable(report.errors()));
        }
        Files.writeString(file, md, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String command(FindingType type) {
        return switch (type) {
            case ERROR, SECURITY_WARNING -> "error";
            case WARNING -> "warning";
            case SUGGESTION -> "notice";
        };
    }

    /** Escaping of a command's message, as @actions/core does. */
    static String message(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping of a command's property value: the message escapes plus ':' and ','. */
    static String property(String text) {
        return message(text).replace(":", "%3A").replace(",", "%2C");
    }
}
