package io.iamgate.maven;

import io.iamgate.load.InputError;
import io.iamgate.model.Finding;
import io.iamgate.model.FindingType;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.ReportedFinding;
import io.iamgate.report.RunReport;
import io.iamgate.report.TerminalText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A run report as Maven log lines, in the compiler's style so that IDEs and CI link them:
 * {@code path:[line,column] CODE details}, column 1-based; blocking findings and input errors at error
 * level, the others at warning level; then one summary line. Paths are shown relative to the directory Maven
 * was started in, so that in a reactor they name the module too.
 */
final class FindingLog {

    private final Path baseDirectory;
    private final Path executionRoot;

    FindingLog(Path baseDirectory, Path executionRoot) {
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
        this.executionRoot = executionRoot.toAbsolutePath().normalize();
    }

    List<LogLine> lines(RunReport report) {
        List<LogLine> lines = new ArrayList<>();
        for (PolicyResult p : report.policies()) {
            for (ReportedFinding rf : p.findings()) {
                Finding f = rf.finding();
                String text = TerminalText.escape(shown(p.unit().file()) + ":[" + rf.line() + "," + (rf.column() + 1)
                        + "] " + f.issueCode() + " " + f.findingDetails()
                        + (p.origin().isEmpty() ? "" : " [" + p.origin() + "]"));
                lines.add(
                        rf.blocking()
                                ? new LogLine(LogLine.Level.ERROR, text)
                                : new LogLine(LogLine.Level.WARN, text + " (" + f.findingType() + ", not blocking)"));
            }
        }
        for (InputError e : report.errors()) {
            lines.add(new LogLine(LogLine.Level.ERROR, TerminalText.escape(shown(e.file()) + ": " + e.message())));
        }
        lines.add(new LogLine(LogLine.Level.INFO, summary(report)));
        return lines;
    }

    static String summary(RunReport report) {
        int policies = report.policies().size();
        String byType = countsByType(report, false);
        return "iamgate: " + report.files() + " file(s), " + policies + (policies == 1 ? " policy, " : " policies, ")
                + report.findingCount() + " finding(s)" + (byType.isEmpty() ? "" : " (" + byType + ")") + ", "
                + report.blockingCount() + " blocking"
                + (report.errors().isEmpty()
                        ? ""
                        : ", " + report.errors().size() + " error(s): not everything was checked");
    }

    /** "2 ERROR, 1 WARNING", over all findings or the blocking ones only. */
    static String countsByType(RunReport report, boolean blockingOnly) {
        Map<FindingType, Integer> counts = new EnumMap<>(FindingType.class);
        for (PolicyResult p : report.policies()) {
            for (ReportedFinding rf : p.findings()) {
                if (rf.blocking() || !blockingOnly) {
                    counts.merge(rf.finding().findingType(), 1, Integer::sum);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        counts.forEach((type, n) ->
                sb.append(sb.length() == 0 ? "" : ", ").append(n).append(' ').append(type));
        return sb.toString();
    }

    /** A report path (relative to the module) as seen from where Maven was started. */
    String shown(String reportPath) {
        if (reportPath.startsWith("(")) {
            return reportPath; // not a file: "(repository)" for checks over all policies
        }
        Path abs = baseDirectory.resolve(reportPath).normalize();
        Path shown = abs.startsWith(executionRoot) ? executionRoot.relativize(abs) : abs;
        String s = shown.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }
}
