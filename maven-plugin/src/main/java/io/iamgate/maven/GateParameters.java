package io.iamgate.maven;

import io.iamgate.analyze.aws.AwsSettings;
import io.iamgate.analyze.rego.RegoSettings;
import io.iamgate.config.FailOn;
import io.iamgate.config.RunConfig;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The plugin's parameters for one module, already resolved to paths, and their translation into the core's
 * {@link RunConfig}: the only thing the plugin decides about a run.
 *
 * @param baseDirectory the module's base directory: reports name files relative to it
 * @param sources the files and directories to validate, absolute
 * @param failOn the finding types that block, as written (null: the core's default)
 * @param analyzers local, aws, rego (null or empty: the configuration file's choice, else local and rego)
 * @param regoDirs user Rego rule packs
 */
record GateParameters(
        Path baseDirectory,
        List<Path> sources,
        String failOn,
        List<String> analyzers,
        String awsRegion,
        String awsProfile,
        List<Path> regoDirs,
        Optional<Path> baseline) {

    static final List<String> ANALYZERS = List.of("local", "aws", "rego");
    static final List<String> DEFAULT_ANALYZERS = List.of("local", "rego");

    GateParameters {
        sources = List.copyOf(sources);
        analyzers = analyzers == null ? List.of() : List.copyOf(analyzers);
        regoDirs = regoDirs == null ? List.of() : List.copyOf(regoDirs);
    }

    /** The parameters alone, on the core's defaults. */
    RunConfig toRunConfig() {
        return toRunConfig(RunConfig.builder(baseDirectory).build());
    }

    /**
     * The parameters on top of the configuration file's settings (suppressions, policy types, custom
     * checks come from the file; sources, failOn, analyzers from the POM when given).
     *
     * @throws IllegalArgumentException naming the parameter, for a value the plugin cannot use
     */
    RunConfig toRunConfig(RunConfig fromFile) {
        Set<String> chosen = analyzerNames();
        RunConfig.Builder builder =
                fromFile.toBuilder().paths(sources).baseline(baseline.isPresent() ? baseline : fromFile.baseline());
        if (failOn != null && !failOn.isBlank()) {
            try {
                builder.failOn(FailOn.parse(failOn));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("failOn (iamgate.failOn): " + e.getMessage(), e);
            }
        }
        if (!regoDirs.isEmpty() && !chosen.contains("rego")) {
            throw new IllegalArgumentException("regoDirs is set but analyzers (iamgate.analyzers) does not include "
                    + "rego; add rego to analyzers or remove regoDirs");
        }
        List<Path> packs = regoDirs.isEmpty() ? fromFile.rego().userPacks() : regoDirs;
        // Without the analyzers parameter the file's analyzers and rego keys stand (rego.builtin: false included);
        // with it, the parameter decides whether the Rego rules run.
        boolean builtin = analyzers.isEmpty() ? fromFile.rego().builtinRules() : chosen.contains("rego");
        builder.rego(new RegoSettings(builtin, packs, fromFile.rego().opaUrl()));
        AwsSettings aws = fromFile.aws()
                .withEnabled(chosen.contains("aws") || fromFile.aws().enabled());
        builder.aws(aws.withRegion(optional(awsRegion).or(aws::region))
                .withProfile(optional(awsProfile).or(aws::profile)));
        return builder.build();
    }

    /**
     * The configuration's CloudFormation parameter sets, then the POM's {@code templateConfiguration} file and
     * {@code cloudFormationParameters} values, which apply to every template and so win.
     */
    static RunConfig withCloudFormationParameters(
            RunConfig config, Optional<Path> templateConfiguration, java.util.Map<String, String> values)
            throws io.iamgate.config.ConfigException {
        List<io.iamgate.config.ParameterSet> sets = new java.util.ArrayList<>(config.parameters());
        if (templateConfiguration.isPresent()) {
            sets.add(io.iamgate.config.ParameterSet.everyTemplate(io.iamgate.config.TemplateConfiguration.read(
                    templateConfiguration.get(), "templateConfiguration " + templateConfiguration.get())));
        }
        if (values != null && !values.isEmpty()) {
            java.util.Map<String, String> given = new java.util.LinkedHashMap<>();
            values.forEach((k, v) -> given.put(k, v == null ? "" : v)); // <Stage/> is an empty value
            sets.add(io.iamgate.config.ParameterSet.everyTemplate(given));
        }
        return config.toBuilder().parameters(sets).build();
    }

    /** The local analyzer always runs; naming it is allowed, not required. */
    private Set<String> analyzerNames() {
        Set<String> names = new LinkedHashSet<>();
        for (String a : analyzers.isEmpty() ? DEFAULT_ANALYZERS : analyzers) {
            String name = a.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!ANALYZERS.contains(name)) {
                throw new IllegalArgumentException("analyzers (iamgate.analyzers): unknown analyzer '" + a.trim()
                        + "' (expected " + String.join(", ", ANALYZERS) + ")");
            }
            names.add(name);
        }
        return names;
    }

    private static Optional<String> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
