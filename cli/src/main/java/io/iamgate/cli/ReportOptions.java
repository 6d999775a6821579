package io.iamgate.cli;

import io.iamgate.report.ReportContext;
import io.iamgate.report.Reporter;
import io.iamgate.report.Reporters;
import io.iamgate.report.RunReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The report flags shared by validate and audit, and writing the reports they ask for. */
final class ReportOptions {

    @Option(
            names = "--format",
            paramLabel = "FMT[,FMT]",
            split = ",",
            description = "text (default), json, sarif, junit, github, markdown.")
    List<String> formats = new ArrayList<>(List.of("text"));

    @Option(names = "--output", paramLabel = "FILE", description = "Write the first format to FILE instead of stdout.")
    Path output;

    /** The reporters of --format, checked before the run so that a typo costs no analysis. */
    List<Reporter> reporters(CommandLine commandLine) {
        Reporters reporters = Reporters.standard();
        List<Reporter> chosen = new ArrayList<>();
        for (String f : formats) {
            chosen.add(reporters
                    .forFormat(f.trim())
                    .orElseThrow(() -> new ParameterException(
                            commandLine,
                            "unknown format '" + f + "' (expected one of " + String.join(", ", reporters.formats())
                                    + ")")));
        }
        return chosen;
    }

    /**
     * Writes the report in each chosen format: the first to --output when given, the others to {@code out}.
     * {@code colourText} colours the text format on stdout (a terminal without NO_COLOR).
     */
    /** The --output file, checked before the run (it must not lead out of the repository through a link). */
    java.util.Optional<OutputFile> outputFile(CommandLine commandLine, Path workingDirectory) {
        return java.util.Optional.ofNullable(output)
                .map(o -> OutputFile.of(commandLine, "--output", o, workingDirectory));
    }

    void write(
            RunReport report,
            List<Reporter> chosen,
            PrintWriter out,
            boolean colourText,
            java.util.Optional<OutputFile> file)
            throws IOException {
        for (int i = 0; i < chosen.size(); i++) {
            Reporter reporter = chosen.get(i);
            if (i == 0 && file.isPresent()) {
                file.get().write(w -> reporter.write(report, new ReportContext(false, System.getenv()), w));
            } else {
                reporter.write(
                        report,
                        new ReportContext(colourText && reporter.format().equals("text"), System.getenv()),
                        out);
            }
        }
        out.flush();
    }
}
