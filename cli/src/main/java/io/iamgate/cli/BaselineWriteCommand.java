package io.iamgate.cli;

import io.iamgate.Iamgate;
import io.iamgate.config.ConfigException;
import io.iamgate.config.ConfigFile;
import io.iamgate.config.RunConfig;
import io.iamgate.gate.Baseline;
import io.iamgate.gate.ExitCode;
import io.iamgate.load.InputError;
import io.iamgate.report.BaselineRecorder;
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
 * {@code iamgate baseline write --output FILE [PATH...]}: validates like {@code validate} (same
 * configuration, no baseline) and records every finding by fingerprint. Refuses to write when something
 * could not be checked, since a partial baseline would look complete.
 */
@Command(
        name = "write",
        mixinStandardHelpOptions = true,
        description = "Record the current findings in a baseline file.")
final class BaselineWriteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "Files and directories (default: the configuration's paths, or .).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "The baseline file to write.")
    Path output;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Configuration file (default: .iamgate.yml in the current directory if present).")
    Path configFile;

    @Option(
            names = "--allow-config-endpoints",
            description = "Let the configuration file choose network destinations (aws.endpoint, rego.opaUrl).")
    boolean allowConfigEndpoints;

    @Override
    public Integer call() throws IOException, ConfigException {
        Path cwd = Path.of("").toAbsolutePath();
        RunConfig.Builder builder = ConfigFile.load(
                        cwd,
                        Optional.ofNullable(configFile),
                        allowConfigEndpoints || ConfigFile.endpointsAllowedBy(System.getenv()))
                .toBuilder()
                .baseline(Optional.empty());
        if (!paths.isEmpty()) {
            builder.paths(paths);
        }
        OutputFile file = OutputFile.of(spec.commandLine(), "--output", output, cwd);
        RunReport report = Iamgate.validate(builder.build());
        PrintWriter err = spec.commandLine().getErr();
        if (!report.errors().isEmpty()) {
            for (InputError e : report.errors()) {
                err.println(Main.forStderr(e.file()) + ": error: " + Main.forStderr(e.message()));
            }
            err.println("iamgate: baseline not written: not everything could be checked; fix the errors above");
            err.flush();
            return ExitCode.ERROR;
        }
        Baseline baseline = BaselineRecorder.record(report);
        file.write(baseline::write);
        PrintWriter out = spec.commandLine().getOut();
        out.println("iamgate: wrote " + baseline.entries().size() + " finding(s) to " + output
                + "; validate with --baseline " + output + " to block only new findings");
        out.flush();
        return ExitCode.PASSED;
    }
}
