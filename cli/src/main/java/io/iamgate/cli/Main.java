package io.iamgate.cli;

import io.iamgate.Iamgate;
import io.iamgate.gate.ExitCode;
import io.iamgate.reference.ManagedPolicies;
import io.iamgate.report.SecretRedactor;
import io.iamgate.report.TerminalText;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The iamgate command: subcommands validate (the gate), baseline, audit, principals, diff, and --version. */
@Command(
        name = "iamgate",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Validate AWS IAM policies in a repository and fail the build on security findings.")
public final class Main implements Runnable {

    public static void main(String[] args) {
        Iamgate.warmUp(); // the IAM reference loads while the arguments are parsed
        PrintWriter err = new PrintWriter(System.err, true);
        int code;
        try {
            code = run(args, new PrintWriter(System.out, true), err);
        } catch (Throwable t) {
            // An Error (out of memory, a linkage problem) must not exit 1 like a blocking finding would.
            err.println("iamgate: internal error: " + forStderr(t.toString())
                    + "; the run did not complete (set IAMGATE_DEBUG=1 for details)");
            if (System.getenv("IAMGATE_DEBUG") != null) {
                t.printStackTrace(err);
            }
            code = ExitCode.ERROR;
        }
        System.exit(code);
    }

    /** The subcommands, in the order help lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> out = new LinkedHashMap<>();
        out.put("validate", ValidateCommand::new);
        out.put("baseline", BaselineCommand::new);
        out.put("audit", AuditCommand::new);
        out.put("principals", PrincipalsCommand::new);
        out.put("diff", DiffCommand::new);
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * The command line for these arguments. Picocli reads every option of every command it is given by
     * reflection, a large part of a short run's start-up; a run that names its subcommand first (as the
     * launcher, the Action and the hook do) is given that one only. Anything else (help, --version, a typo)
     * gets them all, so help lists them and a mistyped name is reported as unknown.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cli = new CommandLine(new Main());
        Supplier<Object> named = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
        if (named != null) {
            cli.addSubcommand(named.get());
        } else {
            SUBCOMMANDS.values().forEach(s -> cli.addSubcommand(s.get()));
        }
        return cli;
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("iamgate: " + forStderr(ex.getMessage()));
            err.println("Run 'iamgate "
                    + (ex.getCommandLine().getCommandName().equals("iamgate")
                            ? ""
                            : ex.getCommandLine().getCommandName() + " ")
                    + "--help' for usage.");
            return ExitCode.ERROR;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // Fail closed with a message, never a stack trace: the gate must not pass on a crash.
            err.println("iamgate: " + forStderr(ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (System.getenv("IAMGATE_DEBUG") != null) {
                java.io.StringWriter trace = new java.io.StringWriter();
                ex.printStackTrace(new PrintWriter(trace));
                err.print(SecretRedactor.redact(trace.toString()));
            }
            return ExitCode.ERROR;
        });
        try {
            return cli.execute(args);
        } catch (Error e) {
            // An Error (out of memory, a broken class path) escapes picocli: still exit 2, never 1 or 0.
            err.println("iamgate: internal error: " + forStderr(e.toString())
                    + "; nothing was checked to the end, please report this");
            err.flush();
            return ExitCode.ERROR;
        }
    }

    /**
     * A message for stderr, which may quote the repository's configuration or file names: secrets redacted,
     * and line breaks and control characters shown escaped, so that it cannot forge a line of its own (a
     * workflow command in a CI log) or drive the terminal.
     */
    static String forStderr(String message) {
        return TerminalText.escape(SecretRedactor.redact(message));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                new CommandLine(this), "a subcommand is required (validate, baseline, audit, principals, diff)");
    }

    /** Version and the dates of the IAM reference and the AWS managed policies the offline analyzer knows. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            var tool = Iamgate.toolInfo();
            return new String[] {
                "iamgate " + tool.version() + " (IAM reference " + tool.iamReference() + ", AWS managed policies "
                        + ManagedPolicies.bundledDataDate() + ")"
            };
        }
    }
}
