package io.iamgate.cli;

import io.iamgate.Iamgate;
import io.iamgate.gate.ExitCode;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The iamgate command: subcommands validate (the gate), and --version. */
@Command(name = "iamgate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {ValidateCommand.class, AuditCommand.class},
        description = "Validate AWS IAM policies in a repository and fail the build on security findings.")
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("iamgate: " + ex.getMessage());
            err.println("Run 'iamgate " + (ex.getCommandLine().getCommandName().equals("iamgate") ? ""
                    : ex.getCommandLine().getCommandName() + " ") + "--help' for usage.");
            return ExitCode.ERROR;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // Fail closed with a message, never a stack trace: the gate must not pass on a crash.
            err.println("iamgate: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (System.getenv("IAMGATE_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            return ExitCode.ERROR;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a subcommand is required (validate, audit)");
    }

    /** Version and the date of the IAM reference the offline analyzer knows. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            var tool = Iamgate.toolInfo();
            return new String[] {"iamgate " + tool.version() + " (IAM reference " + tool.iamReference() + ")"};
        }
    }
}
