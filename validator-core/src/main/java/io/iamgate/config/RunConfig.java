package io.iamgate.config;

import io.iamgate.analyze.aws.AwsSettings;
import io.iamgate.analyze.rego.RegoSettings;
import io.iamgate.model.PolicyType;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The core's whole configuration for one run. Front ends (CLI, Maven plugin, Action, hook) and the
 * .iamgate.yml loader translate their parameters into this and nothing else.
 *
 * @param workingDirectory reports name files relative to it
 * @param paths files and directories to validate
 * @param include globs a discovered file must match (empty: all candidates)
 * @param exclude globs of files and directories to skip
 * @param policyType overrides type detection for raw policy files
 * @param resourceType validatePolicyResourceType for resource policies
 * @param typeOverrides policy types by file glob, first match wins
 * @param failOn the finding types that block
 * @param suppressions accepted findings
 * @param baseline a baseline file: findings recorded there do not block
 * @param aws Access Analyzer settings
 * @param rego Rego rule settings
 * @param threads how many files and policies to work on at once
 * @param skipUnrecognized files named explicitly that hold no policy are skipped, as in directories, instead
 *     of being errors (for the pre-commit hook, which is handed every staged JSON/YAML file)
 * @param parameters CloudFormation parameter values, by template glob or for every template, in order (a later
 *     set wins for the same key)
 * @param diff what added access blocks {@code iamgate diff}
 * @param terraformSource the directory of the .tf code a plan was made from (default: the plan's folder when it
 *     holds .tf files, else the working directory)
 */
public record RunConfig(
        Path workingDirectory,
        List<Path> paths,
        List<String> include,
        List<String> exclude,
        Optional<PolicyType> policyType,
        Optional<String> resourceType,
        List<TypeOverride> typeOverrides,
        FailOn failOn,
        List<Suppression> suppressions,
        Optional<Path> baseline,
        AwsSettings aws,
        RegoSettings rego,
        int threads,
        boolean skipUnrecognized,
        List<ParameterSet> parameters,
        DiffSettings diff,
        Optional<Path> terraformSource) {

    public RunConfig {
        parameters = List.copyOf(parameters);
        paths = List.copyOf(paths);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        typeOverrides = List.copyOf(typeOverrides);
        suppressions = List.copyOf(suppressions);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    public static RunConfig defaults(Path workingDirectory, List<Path> paths) {
        return builder(workingDirectory).paths(paths).build();
    }

    public static Builder builder(Path workingDirectory) {
        return new Builder(workingDirectory);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a configuration step by step: defaults, then the config file, then flags. */
    public static final class Builder {
        private Path workingDirectory;
        private List<Path> paths = List.of(Path.of("."));
        private List<String> include = List.of();
        private List<String> exclude = List.of();
        private Optional<PolicyType> policyType = Optional.empty();
        private Optional<String> resourceType = Optional.empty();
        private List<TypeOverride> typeOverrides = List.of();
        private FailOn failOn = FailOn.DEFAULT;
        private List<Suppression> suppressions = List.of();
        private Optional<Path> baseline = Optional.empty();
        private AwsSettings aws = AwsSettings.DISABLED;
        private RegoSettings rego = RegoSettings.DEFAULT;
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean skipUnrecognized;
        private List<ParameterSet> parameters = List.of();
        private DiffSettings diff = DiffSettings.DEFAULT;
        private Optional<Path> terraformSource = Optional.empty();

        private Builder(Path workingDirectory) {
            this.workingDirectory = workingDirectory;
        }

        private Builder(RunConfig c) {
            this.workingDirectory = c.workingDirectory;
            this.paths = c.paths;
            this.include = c.include;
            this.exclude = c.exclude;
            this.policyType = c.policyType;
            this.resourceType = c.resourceType;
            this.typeOverrides = c.typeOverrides;
            this.failOn = c.failOn;
            this.suppressions = c.suppressions;
            this.baseline = c.baseline;
            this.aws = c.aws;
            this.rego = c.rego;
            this.threads = c.threads;
            this.skipUnrecognized = c.skipUnrecognized;
            this.parameters = c.parameters;
            this.diff = c.diff;
            this.terraformSource = c.terraformSource;
        }

        public Builder paths(List<Path> v) {
            this.paths = v;
            return this;
        }

        public Builder include(List<String> v) {
            this.include = v;
            return this;
        }

        public Builder exclude(List<String> v) {
            this.exclude = v;
            return this;
        }

        public Builder policyType(Optional<PolicyType> v) {
            this.policyType = v;
            return this;
        }

        public Builder resourceType(Optional<String> v) {
            this.resourceType = v;
            return this;
        }

        public Builder typeOverrides(List<TypeOverride> v) {
            this.typeOverrides = v;
            return this;
        }

        public Builder failOn(FailOn v) {
            this.failOn = v;
            return this;
        }

        public Builder suppressions(List<Suppression> v) {
            this.suppressions = v;
            return this;
        }

        public Builder baseline(Optional<Path> v) {
            this.baseline = v;
            return this;
        }

        public Builder aws(AwsSettings v) {
            this.aws = v;
            return this;
        }

        public Builder rego(RegoSettings v) {
            this.rego = v;
            return this;
        }

        public Builder threads(int v) {
            this.threads = v;
            return this;
        }

        public Builder skipUnrecognized(boolean v) {
            this.skipUnrecognized = v;
            return this;
        }

        public Builder terraformSource(Optional<Path> v) {
            this.terraformSource = v;
            return this;
        }

        public Builder diff(DiffSettings v) {
            this.diff = v;
            return this;
        }

        public Builder parameters(List<ParameterSet> v) {
            this.parameters = v;
            return this;
        }

        public RunConfig build() {
            return new RunConfig(
                    workingDirectory,
                    paths,
                    include,
                    exclude,
                    policyType,
                    resourceType,
                    typeOverrides,
                    failOn,
                    suppressions,
                    baseline,
                    aws,
                    rego,
                    threads,
                    skipUnrecognized,
                    parameters,
                    diff,
                    terraformSource);
        }
    }
}
