package io.iamgate.config;

import io.iamgate.extract.ExtractOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which discovered files a run reads, and what the configuration says about their policy type: the
 * include and exclude globs, and the policy type overrides (first matching glob wins; a --policy-type
 * flag wins over all of them). Paths are relative to the working directory, '/'-separated.
 */
public final class FileSelection {

    private record Override(PathGlob glob, TypeOverride override) {}

    private final List<PathGlob> include;
    private final List<PathGlob> exclude;
    private final List<Override> overrides;

    private record Parameters(Optional<PathGlob> glob, java.util.Map<String, String> values) {}

    private final ExtractOptions defaults;
    private final List<Parameters> parameters;

    private FileSelection(
            List<PathGlob> include,
            List<PathGlob> exclude,
            List<Override> overrides,
            ExtractOptions defaults,
            List<Parameters> parameters) {
        this.include = include;
        this.exclude = exclude;
        this.overrides = overrides;
        this.defaults = defaults;
        this.parameters = parameters;
    }

    public static FileSelection of(RunConfig config) {
        List<Override> overrides = new ArrayList<>();
        for (TypeOverride t : config.typeOverrides()) {
            overrides.add(new Override(PathGlob.of(t.glob()), t));
        }
        List<Parameters> parameters = config.parameters().stream()
                .map(p -> new Parameters(p.glob().map(PathGlob::of), p.values()))
                .toList();
        return new FileSelection(
                globs(config.include()),
                globs(config.exclude()),
                List.copyOf(overrides),
                new ExtractOptions(config.policyType(), config.resourceType()),
                parameters);
    }

    /** For discovery: a file or directory an exclude glob matches is skipped (with all below it). */
    public boolean excluded(String path) {
        return exclude.stream().anyMatch(g -> g.matches(path));
    }

    /** A file found in a directory is read when no include glob is given or one matches it. */
    public boolean included(String path) {
        return (include.isEmpty() || include.stream().anyMatch(g -> g.matches(path))) && !excluded(path);
    }

    /**
     * What extraction is told about the file: the flags' type, else the first matching override's; and the
     * parameter values of every set that applies to it, a later set winning for the same key.
     */
    public ExtractOptions extractOptions(String path) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        for (Parameters p : parameters) {
            if (p.glob().isEmpty() || p.glob().get().matches(path)) {
                values.putAll(p.values());
            }
        }
        return typeOptions(path).withParameters(values);
    }

    private ExtractOptions typeOptions(String path) {
        if (defaults.policyType().isPresent()) {
            return defaults;
        }
        for (Override o : overrides) {
            if (o.glob().matches(path)) {
                Optional<String> resourceType = o.override().resourceType().or(defaults::resourceType);
                return new ExtractOptions(Optional.of(o.override().policyType()), resourceType);
            }
        }
        return defaults;
    }

    private static List<PathGlob> globs(List<String> texts) {
        return texts.stream().map(PathGlob::of).toList();
    }
}
