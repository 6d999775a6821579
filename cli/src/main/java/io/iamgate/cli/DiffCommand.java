package io.iamgate.cli;

import io.iamgate.config.ConfigException;
import io.iamgate.diff.DiffException;
import io.iamgate.diff.DiffJson;
import io.iamgate.diff.DiffMarkdown;
import io.iamgate.diff.DiffRun;
import io.iamgate.diff.DiffText;
import io.iamgate.report.ReportContext;
import io.iamgate.report.Reporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code iamgate diff --base REF [PATH...]}: validates as {@code validate} does (same flags, findings and exit
 * rules), and reports the access the working tree grants that the revision REF did not; added access in a
 * blocking category is a blocking finding at its line.
 */
@Command(
        name = "diff",
        description = "Validate as 'validate' does, and report the access the working tree adds compared with the git "
                + "revision REF, per principal and per policy; added access in a blocking category blocks.",
        footer = {
            "",
            "Exit codes: 0 nothing blocks, 1 a blocking finding or blocking added access, 2 iamgate could "
                    + "not do its job (e.g. REF is not a commit)."
        })
final class DiffCommand extends ValidateCommand {

    @Option(
            names = "--base",
            paramLabel = "REF",
            required = true,
            description = "The git revision to compare with (branch, tag or commit), read through git.")
    String base;

    @Option(
            names = "--markdown-output",
            paramLabel = "FILE",
            description = "Also write the Markdown report (a pull-request comment) to FILE, whatever --format says.")
    Path markdownOutput;

    @Override
    public Integer call() throws IOException, ConfigException {
        Path cwd = Path.of("").toAbsolutePath();
        var config = runConfig(cwd);
        List<Reporter> reporters = reportOptions.reporters(spec.commandLine());
        Optional<OutputFile> output = reportOptions.outputFile(spec.commandLine(), cwd);
        Optional<OutputFile> markdown = Optional.ofNullable(markdownOutput)
                .map(m -> OutputFile.of(spec.commandLine(), "--markdown-output", m, cwd));
        DiffRun.Outcome outcome;
        try {
            outcome = DiffRun.run(config, base, "git");
        } catch (DiffException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("iamgate: " + Main.forStderr(e.getMessage()));
            err.flush();
            return io.iamgate.gate.ExitCode.ERROR;
        }
        Map<String, String> env = System.getenv();
        boolean terminal = System.console() != null && env.get("NO_COLOR") == null;
        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < reporters.size(); i++) {
            Reporter r = reporters.get(i);
            boolean toFile = i == 0 && output.isPresent();
            if (toFile) {
                output.get().write(w -> write(r, outcome, w, false, env));
            } else {
                write(r, outcome, out, terminal, env);
            }
        }
        if (markdown.isPresent()) {
            markdown.get().write(w -> w.write(DiffMarkdown.of(outcome.diff(), outcome.validation())));
        }
        out.flush();
        return outcome.report().exitCode();
    }

    private static void write(Reporter r, DiffRun.Outcome o, Writer w, boolean colour, Map<String, String> env)
            throws IOException {
        switch (r.format()) {
            case "json" -> DiffJson.write(o.diff(), o.validation(), w);
            case "markdown" -> w.write(DiffMarkdown.of(o.diff(), o.validation()));
            case "text" -> {
                r.write(o.report(), new ReportContext(colour, env), w);
                PrintWriter p = new PrintWriter(w);
                p.println();
                DiffText.write(o.diff(), p);
            }
            case "github" -> {
                r.write(o.report(), new ReportContext(false, env), w);
                String summary = env.get("GITHUB_STEP_SUMMARY");
                if (summary != null && !summary.isBlank()) {
                    Files.writeString(
                            Path.of(summary),
                            "\n" + DiffMarkdown.of(o.diff(), o.validation()),
                            StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
                }
            }
            default -> r.write(o.report(), new ReportContext(false, env), w);
        }
        w.flush();
    }
}
