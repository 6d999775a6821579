package io.iamgate.analyze.rego;

import io.iamgate.analyze.Analyzer;
import io.iamgate.analyze.RepositoryAnalyzer;
import io.iamgate.gate.RegoSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds the Rego analyzers a configuration asks for. */
public final class RegoAnalyzers {

    private RegoAnalyzers() {
    }

    public static List<Analyzer> analyzers(RegoSettings settings, int threads) {
        List<Analyzer> out = new ArrayList<>();
        if (settings.builtinRules()) {
            out.add(new BuiltinRegoAnalyzer(BuiltinRegoPack.load(), threads));
        }
        return out;
    }

    /**
     * The built-in repository checks, and the user packs: with --opa-url on that server, else with {@code opa}
     * (the one given, which a front end resolves with {@link OpaExecutable#locate}; none means the run fails
     * with how to install OPA).
     */
    public static List<RepositoryAnalyzer> repositoryAnalyzers(RegoSettings settings, Path workingDirectory,
            Optional<OpaExecutable> opa) {
        List<RepositoryAnalyzer> out = new ArrayList<>();
        if (settings.builtinRules()) {
            out.add(new BuiltinRegoRepositoryAnalyzer(BuiltinRegoPack.load()));
        }
        if (settings.opaUrl().isPresent()) {
            out.add(new UserRegoPackAnalyzer(new OpaServerEngine(settings.opaUrl().get()), workingDirectory));
        } else if (!settings.userPacks().isEmpty()) {
            List<Path> packs = settings.userPacks().stream()
                    .map(p -> workingDirectory.resolve(p).normalize()).toList();
            out.add(new UserRegoPackAnalyzer(opa.<RulePackEngine>map(o -> new OpaCliEngine(o, packs))
                    .orElseGet(() -> new MissingOpaEngine(packs.stream().map(Path::toString)
                            .collect(Collectors.joining(", ")))), workingDirectory));
        }
        return out;
    }
}
