package io.iamgate.extract;

import io.iamgate.Validator;
import io.iamgate.analyze.local.LocalAnalyzer;
import io.iamgate.analyze.local.grammar.InvalidEffectCheck;
import io.iamgate.analyze.local.grammar.InvalidPolicyElementCheck;
import io.iamgate.analyze.local.grammar.MissingResourceCheck;
import io.iamgate.config.RunConfig;
import io.iamgate.extract.cdk.CdkAssemblyExtractor;
import io.iamgate.extract.cloudformation.CloudFormationExtractor;
import io.iamgate.extract.terraform.TerraformPlanExtractor;
import io.iamgate.load.LoadedFile;
import io.iamgate.model.PolicyUnit;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.ReportedFinding;
import io.iamgate.report.RunReport;
import io.iamgate.report.ToolInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Runs the real pipeline over the repository's examples with the extractors and a fixed set of grammar
 * checks, so that the example tests do not move when other checks are added to the catalogue.
 */
public final class ExampleRun {

    public static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    private ExampleRun() {}

    public static List<Extractor> extractors() {
        return List.of(
                new CdkAssemblyExtractor(),
                new CloudFormationExtractor(),
                new TerraformPlanExtractor(),
                new RawPolicyExtractor());
    }

    public static RunReport run(String path) throws IOException {
        Validator validator = new Validator(
                extractors(),
                List.of(new LocalAnalyzer(List.of(
                        new InvalidEffectCheck(), new InvalidPolicyElementCheck(), new MissingResourceCheck()))),
                List.of(),
                new ToolInfo("iamgate", "test", "test"));
        return validator.run(RunConfig.defaults(REPOSITORY, List.of(Path.of(path))));
    }

    /** The real pipeline with the whole offline catalogue, as the command line runs it (no Rego, no AWS). */
    public static RunReport withCatalogue(RunConfig config) throws IOException {
        return new Validator(
                        extractors(),
                        List.of(io.iamgate.analyze.local.LocalChecks.analyzer()),
                        List.of(),
                        new ToolInfo("iamgate", "test", "test"))
                .run(config);
    }

    public static PolicyResult policy(RunReport report, String origin) {
        return report.policies().stream()
                .filter(p -> p.unit().origin().equals(origin))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no policy " + origin + " in "
                        + report.policies().stream().map(p -> p.unit().origin()).toList()));
    }

    /** The template line a unit starts at (where its document maps to). */
    public static int line(PolicyUnit unit) {
        return unit.sourceMapping()
                .filePosition(unit.document().wholeDocument())
                .line();
    }

    /** "CODE@line" for each finding of a policy, in order. */
    public static List<String> findings(PolicyResult p) {
        return p.findings().stream()
                .map(f -> f.finding().issueCode() + "@" + f.line())
                .toList();
    }

    public static ReportedFinding finding(PolicyResult p, String issueCode) {
        return p.findings().stream()
                .filter(f -> f.finding().issueCode().equals(issueCode))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + issueCode + " in " + findings(p)));
    }

    /** Runs the extractors on one file as discovered in a directory (not named explicitly). */
    public static Optional<List<PolicyUnit>> extract(Path file, String display) throws Exception {
        SourceFile source = new SourceFile(new LoadedFile(file, display, Files.readString(file)), false);
        for (Extractor e : extractors()) {
            Optional<List<PolicyUnit>> units = e.extract(source, ExtractOptions.DETECT);
            if (units.isPresent()) {
                return units;
            }
        }
        return Optional.empty();
    }
}
