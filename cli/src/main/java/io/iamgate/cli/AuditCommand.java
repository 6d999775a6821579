package io.iamgate.cli;

import io.iamgate.Iamgate;
import io.iamgate.analyze.AnalyzerException;
import io.iamgate.config.FailOn;
import io.iamgate.config.RunConfig;
import io.iamgate.report.Reporter;
import io.iamgate.report.RunReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code iamgate audit --aws}: validates the policies deployed in an AWS account (customer managed, inline,
 * trust) with the offline analyzer and Access Analyzer. Reports and exit codes as {@code validate}.
 */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "Validate the IAM policies deployed in an AWS account (needs --aws and "
                + "iam:GetAccountAuthorizationDetails).",
        footer = {"", "Exit codes: 0 no blocking finding, 1 blocking findings, 2 iamgate could not do its job."})
final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AwsOptions awsOptions = new AwsOptions();

    @Mixin
    ReportOptions reportOptions = new ReportOptions();

    @Option(
            names = "--fail-on",
            paramLabel = "TYPES",
            description = "Finding types, issue codes or code globs that block, comma list or NONE "
                    + "(default: ERROR,SECURITY_WARNING).")
    String failOn;

    @Override
    public Integer call() throws IOException, AnalyzerException {
        if (!awsOptions.aws) {
            throw new ParameterException(spec.commandLine(), "audit reads the AWS account: pass --aws");
        }
        RunConfig.Builder builder = RunConfig.builder(Path.of("").toAbsolutePath())
                .aws(awsOptions.apply(io.iamgate.analyze.aws.AwsSettings.DISABLED, true));
        if (failOn != null) {
            try {
                builder.failOn(FailOn.parse(failOn));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--fail-on: " + e.getMessage());
            }
        }
        List<Reporter> reporters = reportOptions.reporters(spec.commandLine());
        var output = reportOptions.outputFile(spec.commandLine(), Path.of("").toAbsolutePath());
        RunReport report = Iamgate.audit(builder.build());
        reportOptions.write(report, reporters, spec.commandLine().getOut(), false, output);
        return report.exitCode();
    }
}
