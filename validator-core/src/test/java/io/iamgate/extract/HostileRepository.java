package io.iamgate.extract;

import io.iamgate.Validator;
import io.iamgate.analyze.local.LocalAnalyzer;
import io.iamgate.analyze.local.grammar.InvalidEffectCheck;
import io.iamgate.config.FailOn;
import io.iamgate.config.RunConfig;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.RunReport;
import io.iamgate.report.ToolInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A repository written by a test, run through the real pipeline (extractors, one grammar check, gate). */
final class HostileRepository {

    private final Path root;

    HostileRepository(Path root) {
        this.root = root;
    }

    HostileRepository file(String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return this;
    }

    RunReport run() throws IOException {
        return run(FailOn.DEFAULT);
    }

    RunReport run(FailOn failOn) throws IOException {
        Validator validator = new Validator(
                ExampleRun.extractors(),
                List.of(new LocalAnalyzer(List.of(new InvalidEffectCheck()))),
                List.of(),
                new ToolInfo("iamgate", "test", "test"));
        return validator.run(
                RunConfig.builder(root).paths(List.of(root)).failOn(failOn).build());
    }

    /** "file origin" of every validated policy. */
    static List<String> policies(RunReport report) {
        return report.policies().stream()
                .map(p -> p.unit().file() + " " + p.unit().origin())
                .toList();
    }

    /** "CODE TYPE path blocking?" of every finding. */
    static List<String> findings(RunReport report) {
        return report.policies().stream()
                .flatMap((PolicyResult p) -> p.findings().stream()
                        .map(f -> f.finding().issueCode() + " " + f.finding().findingType() + " "
                                + f.finding().primaryPath() + (f.blocking() ? " blocking" : "")))
                .toList();
    }
}
