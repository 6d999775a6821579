package io.iamgate.cli;

import io.iamgate.Iamgate;
import io.iamgate.analyze.rego.RegoSettings;
import io.iamgate.config.ConfigException;
import io.iamgate.config.ConfigFile;
import io.iamgate.config.FailOn;
import io.iamgate.config.ParameterSet;
import io.iamgate.config.RunConfig;
import io.iamgate.config.TemplateConfiguration;
import io.iamgate.load.FileDiscovery;
import io.iamgate.load.RepositoryRoot;
import io.iamgate.model.PolicyType;
import io.iamgate.report.Reporter;
import io.iamgate.report.RunReport;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code iamgate validate [PATH...]}: translates flags into a {@link RunConfig}, runs, reports. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Validate the IAM policies in files and directories (default: the current directory).",
        footer = {"", "Exit codes: 0 no blocking finding, 1 blocking findings, 2 iamgate could not do its job."})
class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "Files and directories, searched recursively.")
    List<Path> paths = new ArrayList<>();

    @Option(
            names = "--policy-type",
            paramLabel = "TYPE",
            description = "IDENTITY_POLICY, RESOURCE_POLICY, SERVICE_CONTROL_POLICY, RESOURCE_CONTROL_POLICY or "
                    + "TRUST_POLICY for raw policy files (default: detect from content).")
    String policyType;

    @Option(
            names = "--resource-type",
            paramLabel = "TYPE",
            description = "validatePolicyResourceType for resource policies, e.g. AWS::S3::Bucket.")
    String resourceType;

    @picocli.CommandLine.Mixin
    ReportOptions reportOptions = new ReportOptions();

    @Option(
            names = "--fail-on",
            paramLabel = "TYPES",
            description = "Finding types, issue codes or code globs (IAMGATE_PRIVESC_*) that block, comma list or "
                    + "NONE (default: ERROR,SECURITY_WARNING); UNCHECKED also blocks values iamgate could not see.")
    String failOn;

    @Option(
            names = "--skip-unrecognized",
            description = "Skip files named on the command line that hold no policy, as directory scans do, instead "
                    + "of failing on them (the pre-commit hook passes every staged JSON/YAML file).")
    boolean skipUnrecognized;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Configuration file (default: .iamgate.yml in the current directory if present).")
    Path configFile;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Findings recorded in FILE do not block.")
    Path baseline;

    @Option(
            names = "--terraform-source",
            paramLabel = "DIR",
            description = "The .tf code a Terraform plan was made from, so that its findings land on .tf lines "
                    + "(default: the plan's folder when it holds .tf files, else the working directory).")
    Path terraformSource;

    @picocli.CommandLine.Mixin
    AwsOptions awsOptions = new AwsOptions();

    @Option(
            names = "--rego",
            paramLabel = "DIR",
            description = "A user Rego rule pack (conftest-style deny/warn/violation rules), run with opa; repeatable.")
    List<Path> regoPacks = new ArrayList<>();

    @Option(
            names = "--opa-url",
            paramLabel = "URL",
            description = "Evaluate the user rule packs loaded into this OPA server instead of running opa.")
    URI opaUrl;

    @Option(names = "--no-builtin-rules", description = "Skip the built-in Rego rule pack.")
    boolean noBuiltinRules;

    @Option(
            names = "--opa",
            paramLabel = "FILE",
            description = "The opa binary that runs the user rule packs (default: $IAMGATE_OPA, else opa on PATH).")
    Path opa;

    @Option(
            names = "--parameters",
            paramLabel = "KEY=VALUE",
            description = "A CloudFormation parameter value for every template, used as its default would be; "
                    + "repeatable. Wins over --template-configuration and .iamgate.yml.")
    List<String> parameters = new ArrayList<>();

    @Option(
            names = "--template-configuration",
            paramLabel = "FILE",
            description = "CloudFormation parameter values for every template: a CodePipeline template configuration "
                    + "file, a list of {ParameterKey, ParameterValue} or a list of \"Key=Value\".")
    Path templateConfiguration;

    @Option(
            names = "--allow-config-endpoints",
            description = "Let the configuration file choose network destinations (aws.endpoint, rego.opaUrl); "
                    + "without it they are refused, since the repository's file is not the invoker's choice.")
    boolean allowConfigEndpoints;

    @Override
    public Integer call() throws IOException, ConfigException {
        Path cwd = Path.of("").toAbsolutePath();
        RunConfig config = runConfig(cwd);
        List<Reporter> reporters = reportOptions.reporters(spec.commandLine());
        Optional<OutputFile> output = reportOptions.outputFile(spec.commandLine(), cwd);
        RunReport report = Iamgate.validate(config);
        boolean terminal = System.console() != null && System.getenv("NO_COLOR") == null;
        reportOptions.write(report, reporters, spec.commandLine().getOut(), terminal, output);
        return report.exitCode();
    }

    /** The configuration of the run: the configuration file first, then the flags given on top of it. */
    RunConfig runConfig(Path cwd) throws ConfigException {
        RunConfig.Builder builder = ConfigFile.load(
                cwd,
                Optional.ofNullable(configFile),
                allowConfigEndpoints || ConfigFile.endpointsAllowedBy(System.getenv()))
                .toBuilder();
        if (!paths.isEmpty()) {
            builder.paths(paths);
        }
        if (policyType != null) {
            builder.policyType(Optional.of(parsePolicyType(policyType)));
        }
        if (resourceType != null) {
            builder.resourceType(Optional.of(resourceType));
        }
        builder.skipUnrecognized(skipUnrecognized);
        if (baseline != null) {
            builder.baseline(Optional.of(readable("--baseline", cwd, baseline)));
        }
        if (terraformSource != null) {
            builder.terraformSource(Optional.of(readable("--terraform-source", cwd, terraformSource)));
        }
        if (failOn != null) {
            builder.failOn(parseFailOn(failOn));
        }
        if (templateConfiguration != null || !parameters.isEmpty()) {
            builder.parameters(parameterSets(cwd, builder.build().parameters()));
        }
        if (noBuiltinRules || !regoPacks.isEmpty() || opaUrl != null) {
            builder.rego(new RegoSettings(
                    !noBuiltinRules, regoPacks, Optional.ofNullable(opaUrl).map(this::checkOpaUrl)));
        }
        RunConfig config = builder.build();
        config = config.toBuilder()
                .rego(config.rego().withOpa(Optional.ofNullable(opa).map(Path::toAbsolutePath)))
                .build();
        // the --aws flags on top of whatever the configuration says about AWS
        return config.toBuilder().aws(awsOptions.apply(config.aws(), false)).build();
    }

    /** A file named by a flag: one written inside the repository must not lead out of it through a link. */
    private Path readable(String flag, Path cwd, Path named) {
        RepositoryRoot root = RepositoryRoot.of(cwd);
        if (root.namesInside(named) && !root.contains(named)) {
            throw new ParameterException(spec.commandLine(), flag + " " + named + ": " + FileDiscovery.OUTSIDE_ROOT);
        }
        return cwd.resolve(named);
    }

    /** The configuration's parameter sets, then the flags' (for every template, so they win). */
    private List<ParameterSet> parameterSets(Path cwd, List<ParameterSet> configured) throws ConfigException {
        List<ParameterSet> out = new ArrayList<>(configured);
        if (templateConfiguration != null) {
            out.add(ParameterSet.everyTemplate(TemplateConfiguration.read(
                    readable("--template-configuration", cwd, templateConfiguration),
                    "--template-configuration " + templateConfiguration)));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String p : parameters) {
            Map.Entry<String, String> kv = TemplateConfiguration.keyValue(p)
                    .orElseThrow(() -> new ParameterException(
                            spec.commandLine(), "--parameters: expected Key=Value, got '" + p + "'"));
            values.put(kv.getKey(), kv.getValue());
        }
        if (!values.isEmpty()) {
            out.add(ParameterSet.everyTemplate(values));
        }
        return out;
    }

    private PolicyType parsePolicyType(String text) {
        try {
            return PolicyType.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--policy-type: " + e.getMessage());
        }
    }

    private URI checkOpaUrl(URI url) {
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--opa-url: expected an http(s) URL such as " + "http://127.0.0.1:8181, got '" + url + "'");
        }
        return url;
    }

    private FailOn parseFailOn(String text) {
        try {
            return FailOn.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--fail-on: " + e.getMessage());
        }
    }
}
