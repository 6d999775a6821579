package io.iamgate.extract.cloudformation;

import io.iamgate.extract.ExtractOptions;
import io.iamgate.extract.ExtractionException;
import io.iamgate.extract.Extraction;
import io.iamgate.extract.Extractor;
import io.iamgate.extract.SourceFile;
import io.iamgate.load.LocatedYamlParser;
import io.iamgate.load.ParsedJson;
import io.iamgate.model.PolicyUnit;
import io.iamgate.load.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CloudFormation templates, JSON or YAML, recognised by content ({@code AWSTemplateFormatVersion}, or a
 * {@code Resources} map of {@code AWS::} types) whatever the file is called. A {@code *.template.json}
 * beside a {@code manifest.json} belongs to a CDK cloud assembly, which the CDK extractor reads with its
 * stacks' context; it is claimed here with no units so that it is not read twice (unless named explicitly).
 */
public final class CloudFormationExtractor implements Extractor {

    private static final Set<String> YAML_EXTENSIONS = Set.of("yaml", "yml", "template", "cfn", "txt");

    @Override
    public Optional<List<PolicyUnit>> extract(SourceFile file, ExtractOptions options) throws ExtractionException {
        return extractAll(file, options).map(Extraction::units);
    }

    @Override
    public Optional<Extraction> extractAll(SourceFile file, ExtractOptions options) throws ExtractionException {
        if (insideCloudAssembly(file)) {
            return Optional.of(new Extraction(List.of(), List.of()));
        }
        String text = file.text();
        boolean mentionsTemplate = text.contains("AWSTemplateFormatVersion")
                || (text.contains("Resources") && text.contains("AWS::"));
        if (!mentionsTemplate) {
            return Optional.empty();
        }
        ParsedJson parsed;
        if (file.looksLikeJson()) {
            parsed = file.json();
        } else if (YAML_EXTENSIONS.contains(file.file().extension()) || text.contains("AWSTemplateFormatVersion")) {
            parsed = new LocatedYamlParser().parse(text);
        } else {
            return Optional.empty();
        }
        if (!parsed.isValid()) {
            if (!text.contains("AWSTemplateFormatVersion")) {
                return Optional.empty(); // not recognisably a template: another extractor may know it
            }
            var error = parsed.syntaxError().orElseThrow();
            throw new ExtractionException("CloudFormation template, line " + error.position().line() + ", column "
                    + (error.position().column() + 1) + ": " + error.message() + " Fix the template and run again.");
        }
        Optional<Template> template = Template.of(parsed.root());
        if (template.isEmpty()) {
            return Optional.empty();
        }
        StackEnvironment env = StackEnvironment.placeholder(stackName(file));
        TemplatePolicies policies = new TemplatePolicies(file.displayPath(), template.get(), env,
                TemplatePolicies.CLOUDFORMATION);
        return Optional.of(new Extraction(policies.extract(), List.of(new CloudFormationStack(file.displayPath(),
                parsed, template.get(), policies.resolver()))));
    }

    /** A stack template written by {@code cdk synth}: the CDK extractor reads it through the manifest. */
    static boolean insideCloudAssembly(SourceFile file) {
        Path path = file.file().path();
        String name = path.getFileName().toString();
        Path dir = path.toAbsolutePath().getParent();
        if (file.explicit() || !name.endsWith(".template.json") || dir == null) {
            return false;
        }
        Path manifest = dir.resolve("manifest.json");
        try {
            // Only a CDK manifest: another tool's manifest.json must not hide a template.
            return Files.isRegularFile(manifest) && Files.size(manifest) < Limits.MAX_FILE_BYTES
                    && Files.readString(manifest).contains("aws:cloudformation:stack");
        } catch (IOException | RuntimeException e) {
            return false; // unreadable: read the template as plain CloudFormation rather than skip it
        }
    }

    private static String stackName(SourceFile file) {
        String name = file.file().path().getFileName().toString();
        int dot = name.indexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String clean = base.replaceAll("[^A-Za-z0-9-]", "-");
        return clean.isEmpty() || !Character.isLetter(clean.charAt(0)) ? "stack-" + clean : clean;
    }
}
