package io.iamgate.maven;

import io.iamgate.Iamgate;
import io.iamgate.config.ConfigException;
import io.iamgate.config.ConfigFile;
import io.iamgate.config.RunConfig;
import io.iamgate.report.Reporters;
import io.iamgate.report.RunReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Validates the IAM policies of one module and fails the build on blocking findings. The parameters are
 * translated into the core's {@link RunConfig} and nothing else; the core decides what blocks.
 */
abstract class GateMojo extends AbstractMojo {

    static final String CONFIG_FILE_NAME = ".iamgate.yml";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Skips the gate. */
    @Parameter(property = "iamgate.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Files and directories to validate, relative to the module. Default: those of {@code src/main/iam},
     * {@code src/main/cloudformation}, {@code cdk.out} and {@code *.template.json|yaml|yml} in the module's
     * base directory that exist. Name Terraform plan JSON files here.
     */
    @Parameter(property = "iamgate.sources")
    private List<File> sources;

    /** The iamgate configuration file. Default: {@code .iamgate.yml} in the module's base directory, if present. */
    @Parameter(property = "iamgate.configFile")
    private File configFile;

    /** Finding types that block, comma list or NONE; UNCHECKED also blocks not-checked values. Default: ERROR,SECURITY_WARNING. */
    @Parameter(property = "iamgate.failOn")
    private String failOn;

    /** Analyzers to run: local (always runs), aws (IAM Access Analyzer), rego. Default: local,rego. */
    @Parameter(property = "iamgate.analyzers")
    private List<String> analyzers;

    /** AWS region for Access Analyzer. */
    @Parameter(property = "iamgate.awsRegion")
    private String awsRegion;

    /** AWS profile for Access Analyzer. */
    @Parameter(property = "iamgate.awsProfile")
    private String awsProfile;

    /** Directories of user Rego rule packs (needs rego in analyzers). */
    @Parameter(property = "iamgate.regoDirs")
    private List<File> regoDirs;

    /** A baseline file: findings recorded there do not block. */
    @Parameter(property = "iamgate.baseline")
    private File baseline;

    /**
     * CloudFormation parameter values for every template, used as their defaults would be:
     * {@code <cloudFormationParameters><Stage>prod</Stage></cloudFormationParameters>}. They win over
     * templateConfiguration and .iamgate.yml.
     */
    @Parameter
    private java.util.Map<String, String> cloudFormationParameters;

    /**
     * A file of CloudFormation parameter values for every template: a CodePipeline template configuration file, a
     * list of {ParameterKey, ParameterValue} or a list of "Key=Value".
     */
    @Parameter(property = "iamgate.templateConfiguration")
    private File templateConfiguration;

    /** The .tf code a Terraform plan was made from (default: the plan's folder when it holds .tf files). */
    @Parameter(property = "iamgate.terraformSource")
    private File terraformSource;

    /** Report formats to write besides json and sarif (which are always written): text, junit, markdown, ... */
    @Parameter(property = "iamgate.formats")
    private List<String> formats;

    /** Where the reports go. */
    @Parameter(property = "iamgate.outputDirectory", defaultValue = "${project.build.directory}/iamgate")
    private File outputDirectory;

    private RunConfig withParameters(Path base, RunConfig config) throws ConfigException {
        return GateParameters.withCloudFormationParameters(
                config,
                Optional.ofNullable(templateConfiguration).map(f -> resolve(base, f)),
                cloudFormationParameters);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("iamgate: skipped (iamgate.skip)");
            return;
        }
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        ModuleSources moduleSources = moduleSources(base);
        if (moduleSources.paths().isEmpty() && (!moduleSources.configured() || "pom".equals(project.getPackaging()))) {
            log.info("iamgate: nothing to validate in " + project.getArtifactId() + " (no "
                    + String.join(", ", ModuleSources.DEFAULT_DIRECTORIES)
                    + " or *.template.json|yaml|yml here; name them with <sources>)");
            return;
        }
        if (!moduleSources.missing().isEmpty()) {
            throw new MojoExecutionException("iamgate: configured source(s) not found in " + project.getArtifactId()
                    + ": "
                    + moduleSources.missing().stream().map(Path::toString).collect(Collectors.joining(", "))
                    + ". Fix <sources> (paths are relative to " + base + ").");
        }
        Optional<Path> config = configFile(base);
        RunConfig runConfig;
        ReportFiles reportFiles;
        try {
            RunConfig fromFile = ConfigFile.load(base, config, ConfigFile.endpointsAllowedBy(System.getenv()));
            runConfig = new GateParameters(
                            base,
                            moduleSources.paths(),
                            failOn,
                            analyzers,
                            awsRegion,
                            awsProfile,
                            resolveAll(base, regoDirs),
                            Optional.ofNullable(baseline).map(f -> resolve(base, f)))
                    .toRunConfig(fromFile);
            runConfig = withParameters(base, runConfig);
            if (terraformSource != null) {
                runConfig = runConfig.toBuilder()
                        .terraformSource(Optional.of(resolve(base, terraformSource)))
                        .build();
            }
            reportFiles = new ReportFiles(Reporters.standard(), formats);
        } catch (ConfigException | IllegalArgumentException e) {
            throw new MojoExecutionException("iamgate: " + e.getMessage(), e);
        }
        long started = System.nanoTime();
        RunReport report;
        List<Path> written;
        try {
            report = Iamgate.validate(runConfig);
            written = reportFiles.write(report, outputDirectory.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("iamgate: " + e.getMessage(), e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        List<LogLine> lines = new FindingLog(base, executionRoot(base)).lines(report);
        for (LogLine line : lines) {
            switch (line.level()) {
                case ERROR -> log.error(line.text());
                case WARN -> log.warn(line.text());
                case INFO -> log.info(line.text() + "; " + millis + " ms");
            }
        }
        log.info("iamgate: reports in " + outputDirectory);
        Verdict.enforce(report, written);
    }

    private ModuleSources moduleSources(Path base) throws MojoExecutionException {
        try {
            return ModuleSources.of(base, sources);
        } catch (IOException e) {
            throw new MojoExecutionException("iamgate: cannot list " + base + ": " + e.getMessage(), e);
        }
    }

    /** An explicitly configured file must exist; the default one is used when present. */
    private Optional<Path> configFile(Path base) throws MojoExecutionException {
        if (configFile == null) {
            Path standard = base.resolve(CONFIG_FILE_NAME);
            return Files.isRegularFile(standard) ? Optional.of(standard) : Optional.empty();
        }
        Path p = resolve(base, configFile);
        if (!Files.isRegularFile(p)) {
            throw new MojoExecutionException(
                    "iamgate: configFile " + p + " not found. Fix <configFile> or " + "-Diamgate.configFile.");
        }
        return Optional.of(p);
    }

    private Path executionRoot(Path base) {
        String root = session == null ? null : session.getExecutionRootDirectory();
        return root == null ? base : Path.of(root);
    }

    private static List<Path> resolveAll(Path base, List<File> files) {
        return files == null
                ? List.of()
                : files.stream().map(f -> resolve(base, f)).toList();
    }

    private static Path resolve(Path base, File file) {
        return base.resolve(file.toPath()).toAbsolutePath().normalize();
    }
}
