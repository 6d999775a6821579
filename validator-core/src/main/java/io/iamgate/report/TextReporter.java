package io.iamgate.report;

import io.iamgate.gate.BaselineEntry;
import io.iamgate.gate.UnusedSuppression;
import io.iamgate.load.InputError;
import io.iamgate.model.Finding;
import io.iamgate.model.FindingType;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.Map;

/**
 * Compiler-style lines, {@code file:line:col: TYPE CODE details} with a 1-based column as editors
 * expect, then one summary line. Colour only when the context says the output is a terminal. Text from the
 * input is shown through {@link TerminalText}: one finding is one line, and no input moves the cursor.
 */
public final class TextReporter implements Reporter {

    private static final String RESET = "\u001b[0m";

    @Override
    public String format() {
        return "text";
    }

    @Override
    public void write(RunReport report, ReportContext context, Writer out) throws IOException {
        Map<FindingType, Integer> counts = new EnumMap<>(FindingType.class);
        for (PolicyResult p : report.policies()) {
            for (ReportedFinding rf : p.findings()) {
                Finding f = rf.finding();
                counts.merge(f.findingType(), 1, Integer::sum);
                out.write(TerminalText.escape(p.unit().file()) + ":" + rf.line() + ":" + (rf.column() + 1) + ": "
                        + paint(context, f.findingType(), f.findingType().name()) + " "
                        + TerminalText.escape(f.issueCode()) + " " + TerminalText.escape(f.findingDetails())
                        + (p.origin().isEmpty() ? "" : " [" + TerminalText.escape(p.origin()) + "]")
                        + (rf.blocking() ? "" : " (not blocking)")
                        + rf.suppression()
                                .map(st -> " (" + TerminalText.escape(st.describe()) + ")")
                                .orElse("")
                        + "\n");
            }
        }
        for (InputError e : report.errors()) {
            out.write(TerminalText.escape(e.file()) + ": " + paint(context, FindingType.ERROR, "error") + ": "
                    + TerminalText.escape(e.message()) + "\n");
        }
        // A policy known only after apply (Terraform) and no finding that says so: say so, or the summary reads as
        // a pass. When its IAMGATE_NOT_CHECKED finding is there, that finding is the one line (one problem, one line).
        for (PolicyResult p : report.policies()) {
            if (p.unit().document().isUnknown() && p.findings().isEmpty()) {
                for (String note : p.unit().notes()) {
                    out.write(TerminalText.escape(p.unit().file()) + ": note: "
                            + TerminalText.escape(SecretRedactor.redact(note)) + "\n");
                }
            }
        }
        for (BaselineEntry e : report.staleBaselineEntries()) {
            out.write("stale baseline entry (no longer found; remove it from the baseline): "
                    + TerminalText.escape(e.describe()) + "\n");
        }
        for (UnusedSuppression u : report.unusedSuppressions()) {
            out.write(TerminalText.escape(u.declaredAt()) + ": unused suppression of "
                    + TerminalText.escape(u.issueCode())
                    + (u.resource().isEmpty() ? "" : " on " + TerminalText.escape(SecretRedactor.redact(u.resource())))
                    + " (it accepted no finding; remove it): " + TerminalText.escape(SecretRedactor.redact(u.reason()))
                    + "\n");
        }
        long suppressed = report.policies().stream()
                .flatMap(p -> p.findings().stream())
                .filter(ReportedFinding::suppressed)
                .count();
        StringBuilder byType = new StringBuilder();
        counts.forEach((type, n) -> byType.append(byType.length() == 0 ? "" : ", ")
                .append(n)
                .append(' ')
                .append(type));
        out.write("iamgate: " + report.files() + " file(s), "
                + report.policies().size() + " polic"
                + (report.policies().size() == 1 ? "y" : "ies") + ", " + report.findingCount() + " finding(s)"
                + (byType.length() == 0 ? "" : " (" + byType + ")") + ", " + report.blockingCount() + " blocking"
                + (suppressed == 0 ? "" : ", " + suppressed + " suppressed")
                + (report.uncheckedCount() == 0 ? "" : ", " + report.uncheckedCount() + " not checked")
                + (report.staleBaselineEntries().isEmpty()
                        ? ""
                        : ", " + report.staleBaselineEntries().size() + " stale baseline entr"
                                + (report.staleBaselineEntries().size() == 1 ? "y" : "ies"))
                + (report.unusedSuppressions().isEmpty()
                        ? ""
                        : ", " + report.unusedSuppressions().size() + " unused suppression(s)")
                + (report.errors().isEmpty()
                        ? ""
                        : ", " + report.errors().size() + " error(s): not everything was checked")
                + "\n");
        out.flush();
    }

    private static String paint(ReportContext context, FindingType type, String text) {
        if (!context.colour()) {
            return text;
        }
        String code = switch (type) {
            case ERROR -> "\u001b[31;1m";
            case SECURITY_WARNING -> "\u001b[35;1m";
            case WARNING -> "\u001b[33m";
            case SUGGESTION -> "\u001b[36m";
        };
        return code + text + RESET;
    }
}
