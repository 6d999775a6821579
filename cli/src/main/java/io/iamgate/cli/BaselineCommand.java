package io.iamgate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code iamgate baseline write}: the baseline file's commands. */
@Command(
        name = "baseline",
        mixinStandardHelpOptions = true,
        subcommands = {BaselineWriteCommand.class},
        description = "Record accepted findings so that only new findings block (see validate --baseline).")
final class BaselineCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (write)");
    }
}
