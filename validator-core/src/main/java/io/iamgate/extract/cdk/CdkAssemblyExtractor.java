package io.iamgate.extract.cdk;

import io.iamgate.extract.ExtractOptions;
import io.iamgate.extract.Extraction;
import io.iamgate.extract.ExtractionException;
import io.iamgate.extract.Extractor;
import io.iamgate.extract.SourceFile;
import io.iamgate.extract.TemplateValue;
import io.iamgate.extract.cloudformation.CloudFormationStack;
import io.iamgate.extract.cloudformation.StackEnvironment;
import io.iamgate.extract.cloudformation.Template;
import io.iamgate.extract.cloudformation.TemplatePolicies;
import io.iamgate.load.FileLoader;
import io.iamgate.load.LocatedJsonParser;
import io.iamgate.load.Node;
import io.iamgate.load.Node.ObjectNode;
import io.iamgate.load.ParsedJson;
import io.iamgate.load.RepositoryRoot;
import io.iamgate.model.PolicyUnit;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A CDK cloud assembly ({@code cdk.out/manifest.json}, recognised by its shape: see {@link CloudAssembly}):
 * every stack template and the nested stacks they reference, resolved together, so that an
 * {@code Fn::ImportValue} of another stack's export and a parameter a parent passes to a nested stack get
 * their real values. Findings point at the template line; origins name the construct path
 * ({@code aws:cdk:path}). The CloudFormation extractor skips the templates reached here, and only those.
 * Nesting deeper than {@link CloudAssembly#MAX_NESTING} is an error naming the template.
 */
public final class CdkAssemblyExtractor implements Extractor {

    /** One stack of the assembly, parsed. */
    private record Stack(
            String templateFile, String displayPath, ParsedJson parsed, Template template, StackEnvironment env) {
        Stack withExports(Map<String, TemplateValue> exports) {
            return new Stack(templateFile, displayPath, parsed, template, env.withExports(exports));
        }
    }

    @Override
    public Optional<List<PolicyUnit>> extract(SourceFile file, ExtractOptions options) throws ExtractionException {
        return extractAll(file, options).map(Extraction::units);
    }

    /** The units, and every stack of the assembly (nested ones included) as one group for the principal stage. */
    @Override
    public Optional<Extraction> extractAll(SourceFile file, ExtractOptions options) throws ExtractionException {
        if (!file.looksLikeJson()) {
            return Optional.empty();
        }
        ParsedJson parsed = file.json();
        Optional<ObjectNode> manifest = parsed.isValid() ? CloudAssembly.manifest(parsed.root()) : Optional.empty();
        if (manifest.isEmpty()) {
            return Optional.empty();
        }
        Path dir = file.file().path().toAbsolutePath().getParent();
        String displayDir = parentOf(file.displayPath());
        List<PolicyUnit> units = new ArrayList<>();
        List<CloudFormationStack> extracted = new ArrayList<>();
        readAssembly(dir, displayDir, manifest.get(), units, extracted);
        // Found in a folder, the nested assemblies' manifests are found there too; named, the manifest stands for
        // its folder, so it is read as the folder would be: with them.
        if (file.explicit()) {
            readNested(dir, displayDir, manifest.get(), units, extracted, 1);
        }
        return Optional.of(new Extraction(units, extracted));
    }

    private void readAssembly(
            Path dir,
            String displayDir,
            ObjectNode manifest,
            List<PolicyUnit> units,
            List<CloudFormationStack> extracted)
            throws ExtractionException {
        List<Stack> stacks = new ArrayList<>();
        for (CloudAssembly.StackArtifact artifact : CloudAssembly.stackArtifacts(manifest)) {
            String templateFile = CloudAssembly.templateFile(artifact);
            String stackName = object(artifact.artifact().get("properties"))
                    .flatMap(p -> text(p.get("stackName")))
                    .orElse(artifact.name());
            stacks.add(load(dir, displayDir, templateFile, environment(artifact.artifact(), stackName)));
        }
        Map<String, TemplateValue> exports = exports(stacks);
        Set<String> seen = new HashSet<>();
        for (Stack stack : stacks) {
            extractStack(dir, displayDir, stack.withExports(exports), units, extracted, seen, 0);
        }
    }

    /**
     * The nested cloud assemblies (CDK Pipelines stages, {@code assembly-Stage/manifest.json}) a manifest names,
     * each read as an assembly of its own, and theirs in turn, up to {@link CloudAssembly#MAX_NESTING} deep. A
     * directory outside the assembly or a manifest that is missing or not one is an error, never a skip.
     */
    private void readNested(
            Path dir,
            String displayDir,
            ObjectNode manifest,
            List<PolicyUnit> units,
            List<CloudFormationStack> extracted,
            int depth)
            throws ExtractionException {
        for (String name : CloudAssembly.nestedAssemblies(manifest)) {
            String display = (displayDir.isEmpty() ? "" : displayDir + "/") + name + "/manifest.json";
            if (depth > CloudAssembly.MAX_NESTING) {
                throw new ExtractionException("the cloud assembly " + display + " is nested more than "
                        + CloudAssembly.MAX_NESTING + " assemblies deep; iamgate does not read deeper");
            }
            Path nestedManifest = insideAssembly(dir, name + "/manifest.json", display);
            FileLoader.Result result = new FileLoader().load(nestedManifest, display);
            if (result instanceof FileLoader.Failed failed) {
                throw new ExtractionException("the nested cloud assembly " + display + " "
                        + failed.error().message() + "; run cdk synth again");
            }
            ParsedJson parsed = new LocatedJsonParser()
                    .parse(((FileLoader.Loaded) result).file().text());
            Optional<ObjectNode> nested = parsed.isValid() ? CloudAssembly.manifest(parsed.root()) : Optional.empty();
            if (nested.isEmpty()) {
                throw new ExtractionException("the nested cloud assembly " + display + " is not a cloud assembly "
                        + "manifest; run cdk synth again");
            }
            Path nestedDir = nestedManifest.getParent();
            String nestedDisplay = parentOf(display);
            readAssembly(nestedDir, nestedDisplay, nested.get(), units, extracted);
            readNested(nestedDir, nestedDisplay, nested.get(), units, extracted, depth + 1);
        }
    }

    /**
     * Extracts a stack, then its nested stacks. Nested templates are read first: the parameters the parent
     * passes them are resolved in the parent, and their Outputs become the parent's
     * {@code Fn::GetAtt Nested.Outputs.Name}.
     */
    private void extractStack(
            Path dir,
            String displayDir,
            Stack stack,
            List<PolicyUnit> units,
            List<CloudFormationStack> extracted,
            Set<String> seen,
            int depth)
            throws ExtractionException {
        if (depth > CloudAssembly.MAX_NESTING) {
            throw new ExtractionException("the cloud assembly's template " + stack.displayPath() + " is nested more "
                    + "than " + CloudAssembly.MAX_NESTING + " stacks deep; iamgate does not read deeper. Flatten the "
                    + "nesting, or validate that template on its own.");
        }
        if (!seen.add(stack.templateFile())) {
            return;
        }
        TemplatePolicies parent = new TemplatePolicies(
                stack.displayPath(), stack.template(), stack.env(), CdkAssemblyExtractor::constructOrigin);
        List<Stack> children = new ArrayList<>();
        Map<String, TemplateValue> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, ObjectNode> r : stack.template().resources().entrySet()) {
            if (!stack.template()
                    .resourceType(r.getKey())
                    .filter("AWS::CloudFormation::Stack"::equals)
                    .isPresent()) {
                continue;
            }
            // Without aws:asset:path the nested template is not known here: read as plain CloudFormation instead.
            Optional<String> nested = CloudAssembly.nestedTemplate(r.getValue());
            if (nested.isEmpty() || seen.contains(nested.get())) {
                continue;
            }
            Map<String, TemplateValue> parameters = new LinkedHashMap<>();
            stack.template()
                    .properties(r.getKey())
                    .flatMap(p -> object(p.get("Parameters")))
                    .ifPresent(ps -> {
                        for (Node.Member m : ps.members()) {
                            Set<String> scratch = new HashSet<>();
                            parent.resolver()
                                    .resolve(m.value(), scratch)
                                    .filter(v -> scratch.isEmpty())
                                    .ifPresent(v -> parameters.put(m.name(), v));
                        }
                    });
            StackEnvironment nestedEnv = new StackEnvironment(
                    stack.env().accountId(),
                    stack.env().region(),
                    stack.env().partition(),
                    stack.env().stackName() + "-" + r.getKey(),
                    stack.env().exports(),
                    parameters,
                    Map.of());
            Stack child = load(dir, displayDir, nested.get(), nestedEnv);
            children.add(child);
            outputs(child).forEach((name, value) -> attributes.put(r.getKey() + ".Outputs." + name, value));
        }
        TemplatePolicies policies = attributes.isEmpty()
                ? parent
                : new TemplatePolicies(
                        stack.displayPath(),
                        stack.template(),
                        stack.env().withAttributes(attributes),
                        CdkAssemblyExtractor::constructOrigin);
        units.addAll(policies.extract());
        extracted.add(new CloudFormationStack(
                stack.displayPath(),
                stack.parsed(),
                policies.resolver().template(),
                policies.resolver(),
                CdkAssemblyExtractor::constructOrigin,
                "cdk:" + displayDir));
        for (Stack child : children) {
            extractStack(dir, displayDir, child, units, extracted, seen, depth + 1);
        }
    }

    /** A stack's Outputs whose values resolve without placeholders, by output name. */
    private static Map<String, TemplateValue> outputs(Stack stack) {
        Map<String, TemplateValue> out = new LinkedHashMap<>();
        TemplatePolicies resolving = new TemplatePolicies(
                stack.displayPath(), stack.template(), stack.env(), TemplatePolicies.CLOUDFORMATION);
        stack.template().outputs().ifPresent(outputs -> {
            for (Node.Member output : outputs.members()) {
                Optional<Node> value = object(Optional.of(output.value())).flatMap(o -> o.get("Value"));
                Set<String> scratch = new HashSet<>();
                Optional<TemplateValue> resolved =
                        value.flatMap(v -> resolving.resolver().resolve(v, scratch));
                if (resolved.isPresent() && scratch.isEmpty()) {
                    out.put(output.name(), resolved.get());
                }
            }
        });
        return out;
    }

    /** {@code MyStack/AppRole/Resource: Properties.AssumeRolePolicyDocument} */
    private static String constructOrigin(String logicalId, ObjectNode resource, String path) {
        Optional<String> construct = object(resource.get("Metadata")).flatMap(m -> text(m.get("aws:cdk:path")));
        String property = "Properties" + (path.isEmpty() ? "" : "." + path);
        return construct
                .map(c -> c + ": " + property)
                .orElseGet(() -> TemplatePolicies.CLOUDFORMATION.name(logicalId, resource, path));
    }

    /** The exports of every stack, by name, resolved in the exporting stack's context. */
    private static Map<String, TemplateValue> exports(List<Stack> stacks) {
        Map<String, TemplateValue> exports = new LinkedHashMap<>();
        for (Stack stack : stacks) {
            TemplatePolicies resolving = new TemplatePolicies(
                    stack.displayPath(), stack.template(), stack.env(), TemplatePolicies.CLOUDFORMATION);
            stack.template().outputs().ifPresent(outputs -> {
                for (Node.Member output : outputs.members()) {
                    if (!(output.value() instanceof ObjectNode o)) {
                        continue;
                    }
                    Optional<Node> name = object(o.get("Export")).flatMap(e -> e.get("Name"));
                    Optional<Node> value = o.get("Value");
                    if (name.isEmpty() || value.isEmpty()) {
                        continue;
                    }
                    Set<String> scratch = new HashSet<>();
                    Optional<String> exportName =
                            resolving.resolver().resolve(name.get(), scratch).flatMap(TemplateValue::scalarText);
                    Optional<TemplateValue> exported = resolving.resolver().resolve(value.get(), scratch);
                    if (exportName.isPresent() && exported.isPresent()) {
                        exports.put(exportName.get(), exported.get());
                    }
                }
            });
        }
        return exports;
    }

    private static Stack load(Path dir, String displayDir, String templateFile, StackEnvironment env)
            throws ExtractionException {
        String display = displayDir.isEmpty() ? templateFile : displayDir + "/" + templateFile;
        FileLoader.Result result = new FileLoader().load(insideAssembly(dir, templateFile, display), display);
        if (result instanceof FileLoader.Failed failed) {
            throw new ExtractionException("the cloud assembly's template " + display + " "
                    + failed.error().message() + "; run cdk synth again");
        }
        String text = ((FileLoader.Loaded) result).file().text();
        ParsedJson parsed = new LocatedJsonParser().parse(text);
        if (!parsed.isValid()) {
            var error = parsed.syntaxError().orElseThrow();
            throw new ExtractionException("the cloud assembly's template " + display + ", line "
                    + error.position().line() + ": " + error.message() + " Run cdk synth again.");
        }
        Template template = Template.of(parsed.root())
                .orElseThrow(() -> new ExtractionException("the cloud assembly's template " + display
                        + " is not a CloudFormation template; run cdk synth again"));
        return new Stack(templateFile, display, parsed, template, env);
    }

    /**
     * A file the manifest names, which must be inside the assembly's directory (links resolved): cdk synth writes
     * every template and nested stack there, and a manifest from a pull request must not read files outside it.
     */
    private static Path insideAssembly(Path dir, String file, String display) throws ExtractionException {
        Path resolved;
        try {
            resolved = dir.resolve(file);
        } catch (InvalidPathException e) {
            // A name the file system cannot hold (a NUL character): the assembly was not written by cdk synth.
            throw new ExtractionException("the cloud assembly names a template file whose name is not a valid "
                    + "file name; run cdk synth again");
        }
        if (!RepositoryRoot.of(dir).contains(resolved)) {
            throw new ExtractionException("the cloud assembly names the template " + display + ", which is outside "
                    + "the cloud assembly's directory (symbolic links resolved); iamgate does not read it. Run cdk "
                    + "synth again");
        }
        return resolved;
    }

    /** The account and region of {@code aws://123456789012/eu-west-1}; placeholders where unknown. */
    private static StackEnvironment environment(ObjectNode artifact, String stackName) {
        StackEnvironment env = StackEnvironment.placeholder(stackName);
        Optional<String> target = text(artifact.get("environment"));
        if (target.isEmpty() || !target.get().startsWith("aws://")) {
            return env;
        }
        String[] parts = target.get().substring("aws://".length()).split("/", 2);
        String account = parts[0].matches("\\d{12}") ? parts[0] : env.accountId();
        String region = parts.length > 1 && parts[1].matches("[a-z]{2}(-[a-z]+)+-\\d") ? parts[1] : env.region();
        String partition = region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
        return new StackEnvironment(account, region, partition, stackName, Map.of(), Map.of(), Map.of());
    }

    private static String parentOf(String displayPath) {
        int slash = displayPath.lastIndexOf('/');
        return slash < 0 ? "" : displayPath.substring(0, slash);
    }

    private static Optional<ObjectNode> object(Optional<Node> node) {
        return node.filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast);
    }

    private static Optional<String> text(Optional<Node> node) {
        return node.filter(Node.StringNode.class::isInstance).map(n -> ((Node.StringNode) n).value());
    }
}
