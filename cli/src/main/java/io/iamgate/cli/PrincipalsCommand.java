package io.iamgate.cli;

import io.iamgate.Iamgate;
import io.iamgate.config.ConfigException;
import io.iamgate.config.ConfigFile;
import io.iamgate.config.RunConfig;
import io.iamgate.gate.ExitCode;
import io.iamgate.load.InputError;
import io.iamgate.report.PrincipalsText;
import io.iamgate.report.RunReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code iamgate principals [PATH...]}: prints each role, user and group of the templates with its policies,
 * boundary, trust and effective permissions, for a person to read. Exit 2 when something could not be read
 * (the list would be incomplete), else 0: it reports, it does not gate.
 */
@Command(
        name = "principals",
        mixinStandardHelpOptions = true,
        description = "Print the effective permissions of each role, user and group the templates define.")
final class PrincipalsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "Files and directories (default: the configuration's paths, or .).")
    List<Path> paths = new ArrayList<>();

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Configuration file (default: .iamgate.yml in the current directory if present).")
    Path configFile;

    @Override
    public Integer call() throws IOException, ConfigException {
        Path cwd = Path.of("").toAbsolutePath();
        RunConfig.Builder builder = ConfigFile.load(cwd, Optional.ofNullable(configFile)).toBuilder();
        if (!paths.isEmpty()) {
            builder.paths(paths);
        }
        RunReport report = Iamgate.validate(builder.build());
        PrintWriter out = spec.commandLine().getOut();
        PrincipalsText.write(report.principals(), out);
        if (!report.errors().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            for (InputError e : report.errors()) {
                err.println(e.file() + ": error: " + e.message());
            }
            err.println("iamgate: not everything could be read; the list above may be incomplete");
            err.flush();
            return ExitCode.ERROR;
        }
        return ExitCode.PASSED;
    }
}
