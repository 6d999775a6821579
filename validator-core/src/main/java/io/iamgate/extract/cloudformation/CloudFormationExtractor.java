package io.iamgate.extract.cloudformation;

import io.iamgate.extract.ExtractOptions;
import io.iamgate.extract.Extraction;
import io.iamgate.extract.ExtractionException;
import io.iamgate.extract.Extractor;
import io.iamgate.extract.SourceFile;
import io.iamgate.extract.cdk.CloudAssembly;
import io.iamgate.load.DuplicateKey;
import io.iamgate.load.LocatedJsonParser;
import io.iamgate.load.LocatedYamlParser;
import io.iamgate.load.ParsedJson;
import io.iamgate.model.PolicyUnit;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CloudFormation templates, JSON or YAML, recognised by content ({@code AWSTemplateFormatVersion}, or a
 * {@code Resources} map of {@code AWS::} types) whatever the file is called, on the parsed and decoded tree
 * (never by the raw text: keys may be written with escapes). A {@code *.template.json} that a CDK cloud
 * assembly's manifest reaches is read by the CDK extractor with its stack's context; it is claimed here with no
 * units so that it is not read twice (unless named explicitly).
 */
public final class CloudFormationExtractor implements Extractor {

    private static final Set<String> YAML_EXTENSIONS = Set.of("yaml", "yml", "template", "cfn", "txt");

    /**
     * What each cloud assembly's manifest reaches, worked out once per run: asked afresh for every template of a
     * folder, it would read the assembly's templates once per template (quadratic in a hostile folder).
     */
    private final Map<Path, Set<Path>> reachedByManifest = new ConcurrentHashMap<>();

    @Override
    public Optional<List<PolicyUnit>> extract(SourceFile file, ExtractOptions options) throws ExtractionException {
        return extractAll(file, options).map(Extraction::units);
    }

    @Override
    public Optional<Extraction> extractAll(SourceFile file, ExtractOptions options) throws ExtractionException {
        if (insideCloudAssembly(file)) {
            return Optional.of(new Extraction(List.of(), List.of()));
        }
        // Decided on the parsed, decoded tree: "Re\u0073ources" is Resources to CloudFormation, so it is here too.
        // Duplicate keys are read as CloudFormation reads them: the last wins (and a finding says so).
        ParsedJson parsed;
        if (file.looksLikeJson()) {
            parsed = file.json();
            if (!parsed.isValid()) {
                parsed = new LocatedJsonParser(DuplicateKey.Mode.LAST_WINS).parse(file.text());
            }
        } else if (YAML_EXTENSIONS.contains(file.file().extension())
                || file.explicit()
                || file.file().extension().equals("json")) {
            parsed = new LocatedYamlParser(DuplicateKey.Mode.LAST_WINS).parse(file.text());
        } else {
            return Optional.empty();
        }
        if (!parsed.isValid()) {
            if (!file.text().contains("AWSTemplateFormatVersion")) {
                return Optional.empty(); // not recognisably a template: another extractor may know it
            }
            var error = parsed.syntaxError().orElseThrow();
            throw new ExtractionException("CloudFormation template, line "
                    + error.position().line() + ", column " + (error.position().column() + 1) + ": " + error.message()
                    + " Fix the template and run again.");
        }
        Optional<Template> template = Template.of(parsed.root());
        if (template.isEmpty()) {
            return Optional.empty();
        }
        StackEnvironment env = StackEnvironment.placeholder(stackName(file))
                .withParameters(given(options, parsed.root().span().start()));
        TemplatePolicies policies =
                new TemplatePolicies(file.displayPath(), template.get(), env, TemplatePolicies.CLOUDFORMATION);
        List<PolicyUnit> units = DuplicateKeyFindings.attach(policies.extract(), template.get(), parsed.duplicates());
        return Optional.of(new Extraction(
                units,
                List.of(new CloudFormationStack(
                        file.displayPath(), parsed, policies.resolver().template(), policies.resolver()))));
    }

    /**
     * A stack template of a CDK cloud assembly, reached from its manifest: the CDK extractor reads it with its
     * stack's context. A template beside a manifest that does not reach it is read here, so none is skipped.
     */
    private boolean insideCloudAssembly(SourceFile file) {
        Path path = file.file().path();
        String name = path.getFileName().toString();
        Path dir = path.toAbsolutePath().getParent();
        if (file.explicit() || !name.endsWith(".template.json") || dir == null) {
            return false;
        }
        Set<Path> reached = reachedByManifest.computeIfAbsent(
                dir.resolve("manifest.json").normalize(), CloudAssembly::reachedTemplates);
        return reached.contains(path.toAbsolutePath().normalize());
    }

    /** The parameter values given for this template (--parameters, --template-configuration, a config glob). */
    private static Map<String, io.iamgate.extract.TemplateValue> given(
            ExtractOptions options, io.iamgate.load.Position at) {
        Map<String, io.iamgate.extract.TemplateValue> out = new java.util.LinkedHashMap<>();
        options.parameters().forEach((k, v) -> out.put(k, new io.iamgate.extract.TemplateValue.Str(v, at)));
        return out;
    }

    private static String stackName(SourceFile file) {
        String name = file.file().path().getFileName().toString();
        int dot = name.indexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String clean = base.replaceAll("[^A-Za-z0-9-]", "-");
        return clean.isEmpty() || !Character.isLetter(clean.charAt(0)) ? "stack-" + clean : clean;
    }
}
