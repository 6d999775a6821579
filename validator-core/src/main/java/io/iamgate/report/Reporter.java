package io.iamgate.report;

import java.io.IOException;
import java.io.Writer;

/** Renders a run report in one format. Reporters are stateless and never decide what blocks. */
public interface Reporter {

    /** The --format name: text, json, sarif, junit, github, markdown. */
    String format();

    void write(RunReport report, ReportContext context, Writer out) throws IOException;
}
