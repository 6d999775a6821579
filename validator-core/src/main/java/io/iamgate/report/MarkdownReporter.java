package io.iamgate.report;

import java.io.IOException;
import java.io.Writer;

/**
 * A Markdown report for pull-request comments and job summaries: the verdict, counts by finding type,
 * a table of every finding (worst first) and the errors.
 */
public final class MarkdownReporter implements Reporter {

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public void write(RunReport report, ReportContext context, Writer out) throws IOException {
        out.write(Markdown.heading(report));
        out.write(Markdown.countsTable(report));
        if (report.findingCount() > 0) {
            out.write("### Findings\n\n");
            out.write(Markdown.findingsTable(FindingOrder.worstFirst(report), Integer.MAX_VALUE));
        }
        if (!report.errors().isEmpty()) {
            out.write("### Errors (not checked)\n\n");
            out.write(Markdown.errorsTable(report.errors()));
        }
        out.flush();
    }
}
