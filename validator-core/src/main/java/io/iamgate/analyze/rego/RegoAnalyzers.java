package io.iamgate.analyze.rego;

import io.iamgate.analyze.Analyzer;
import io.iamgate.analyze.RepositoryAnalyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds the Rego analyzers a configuration asks for. */
public final class RegoAnalyzers {

    private RegoAnalyzers() {}

    /** The built-in pack for a run, started now, or empty when the configuration turns it off. */
    public static Optional<BuiltinRules> builtin(RegoSettings settings, int threads) {
        return settings.builtinRules() ? Optional.of(BuiltinRules.start(threads)) : Optional.empty();
    }

    public static List<Analyzer> analyzers(Optional<BuiltinRules> builtin) {
        return builtin.<List<Analyzer>>map(b -> List.of(b.analyzer())).orElse(List.of());
    }

    /**
     * The built-in repository checks, and the user packs: with --opa-url on that server, else with {@code opa}
     * (the one given, which a front end resolves with {@link OpaExecutable#locate}; none means the run fails
     * with how to install OPA).
     */
    public static List<RepositoryAnalyzer> repositoryAnalyzers(
            RegoSettings settings, Optional<BuiltinRules> builtin, Path workingDirectory, Optional<OpaExecutable> opa) {
        List<RepositoryAnalyzer> out = new ArrayList<>();
        builtin.ifPresent(b -> out.add(b.repositoryAnalyzer()));
        if (settings.opaUrl().isPresent()) {
            out.add(new UserRegoPackAnalyzer(
                    new OpaServerEngine(settings.opaUrl().get()), workingDirectory));
        } else if (!settings.userPacks().isEmpty()) {
            List<Path> packs = settings.userPacks().stream()
                    .map(p -> workingDirectory.resolve(p).normalize())
                    .toList();
            out.add(new UserRegoPackAnalyzer(
                    opa.<RulePackEngine>map(o -> new OpaCliEngine(o, packs))
                            .orElseGet(() -> new MissingOpaEngine(
                                    packs.stream().map(Path::toString).collect(Collectors.joining(", ")))),
                    workingDirectory));
        }
        return out;
    }
}
