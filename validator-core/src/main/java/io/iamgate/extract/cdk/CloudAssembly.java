package io.iamgate.extract.cdk;

import io.iamgate.extract.ExtractionException;
import io.iamgate.extract.cloudformation.Template;
import io.iamgate.load.FileLoader;
import io.iamgate.load.LocatedJsonParser;
import io.iamgate.load.Node;
import io.iamgate.load.Node.ObjectNode;
import io.iamgate.load.ParsedJson;
import io.iamgate.load.RepositoryRoot;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shape of a CDK cloud assembly, decided on parsed trees only: a {@code manifest.json} counts when it has a
 * {@code version} and an {@code artifacts} map with at least one {@code aws:cloudformation:stack} artifact (a
 * file that merely contains that string is not one); a stack's nested stacks are the
 * {@code AWS::CloudFormation::Stack} resources whose {@code aws:asset:path} names a local template. A template
 * the assembly reaches this way is read by the CDK extractor, with its stack's context; every other template
 * is read as plain CloudFormation, so none is skipped.
 */
public final class CloudAssembly {

    static final String STACK = "aws:cloudformation:stack";

    /** A nested cloud assembly (a CDK Pipelines stage): its own manifest in {@code properties.directoryName}. */
    static final String NESTED_ASSEMBLY = "cdk:cloud-assembly";

    /** Nested stacks deeper than this are an error naming the template, never dropped in silence. */
    public static final int MAX_NESTING = 32;

    /** A stack artifact: its name and the object that describes it. */
    record StackArtifact(String name, ObjectNode artifact) {}

    private CloudAssembly() {}

    /** The manifest, when the tree is a cloud assembly manifest. */
    static Optional<ObjectNode> manifest(Node root) {
        if (root instanceof ObjectNode o
                && text(o.get("version")).isPresent()
                && object(o.get("artifacts")).isPresent()
                && (!stackArtifacts(o).isEmpty() || !nestedAssemblies(o).isEmpty())) {
            return Optional.of(o);
        }
        return Optional.empty();
    }

    static List<StackArtifact> stackArtifacts(ObjectNode manifest) {
        List<StackArtifact> out = new ArrayList<>();
        object(manifest.get("artifacts")).ifPresent(artifacts -> {
            for (Node.Member a : artifacts.members()) {
                object(Optional.of(a.value()))
                        .filter(o -> text(o.get("type")).filter(STACK::equals).isPresent())
                        .ifPresent(o -> out.add(new StackArtifact(a.name(), o)));
            }
        });
        return out;
    }

    /** The directories of the nested assemblies the manifest names, as written. */
    static List<String> nestedAssemblies(ObjectNode manifest) {
        List<String> out = new ArrayList<>();
        object(manifest.get("artifacts")).ifPresent(artifacts -> {
            for (Node.Member a : artifacts.members()) {
                object(Optional.of(a.value()))
                        .filter(o -> text(o.get("type"))
                                .filter(NESTED_ASSEMBLY::equals)
                                .isPresent())
                        .flatMap(o -> object(o.get("properties")))
                        .flatMap(p -> text(p.get("directoryName")))
                        .ifPresent(out::add);
            }
        });
        return out;
    }

    static String templateFile(StackArtifact stack) throws ExtractionException {
        return object(stack.artifact().get("properties"))
                .flatMap(p -> text(p.get("templateFile")))
                .orElseThrow(() -> new ExtractionException(
                        "stack artifact " + stack.name() + " names no properties.templateFile; run cdk synth again"));
    }

    /** The local template of a nested stack resource, from its {@code aws:asset:path} metadata. */
    static Optional<String> nestedTemplate(ObjectNode resource) {
        return object(resource.get("Metadata"))
                .flatMap(m -> text(m.get("aws:asset:path")))
                .filter(p -> p.endsWith(".json"));
    }

    /**
     * The templates the cloud assembly whose manifest is {@code manifest} reaches: its stack templates and the
     * nested templates they reach, as normalised absolute paths, all inside the assembly's directory (symbolic
     * links resolved). The CDK extractor reads these; every other template is read as plain CloudFormation.
     * Empty when the manifest cannot be read or is not a cloud assembly manifest. Each template is read at most
     * once, and the walk stops at the nesting limit, so the cost is one read per template of the assembly.
     */
    public static Set<Path> reachedTemplates(Path manifest) {
        FileLoader.Result loaded = new FileLoader().load(manifest, manifest.toString());
        if (!(loaded instanceof FileLoader.Loaded m)) {
            return Set.of();
        }
        ParsedJson parsed = new LocatedJsonParser().parse(m.file().text());
        Optional<ObjectNode> root = parsed.isValid() ? manifest(parsed.root()) : Optional.empty();
        if (root.isEmpty()) {
            return Set.of();
        }
        Path dir = manifest.toAbsolutePath().getParent();
        RepositoryRoot assembly = RepositoryRoot.of(dir);
        Set<Path> reached = new HashSet<>();
        List<Path> level = new ArrayList<>();
        for (StackArtifact stack : stackArtifacts(root.get())) {
            object(stack.artifact().get("properties"))
                    .flatMap(p -> text(p.get("templateFile")))
                    .flatMap(f -> inside(assembly, dir, f))
                    .ifPresent(level::add);
        }
        // Breadth first, one level per nesting depth: bounded by the depth limit and by each template read once.
        for (int depth = 0; !level.isEmpty() && depth <= MAX_NESTING; depth++) {
            List<Path> next = new ArrayList<>();
            for (Path file : level) {
                if (reached.add(file)) {
                    nestedTemplates(file).forEach(n -> inside(assembly, dir, n).ifPresent(next::add));
                }
            }
            level = next;
        }
        return Set.copyOf(reached);
    }

    /** A file the manifest names, when it lies inside the assembly: the others are never read. */
    private static Optional<Path> inside(RepositoryRoot assembly, Path dir, String name) {
        try {
            Path file = dir.resolve(name).normalize();
            return assembly.contains(file) ? Optional.of(file) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty(); // a name no file can have: the CDK extractor reports the assembly
        }
    }

    private static final String NESTED_STACK = "AWS::CloudFormation::Stack";

    private static List<String> nestedTemplates(Path file) {
        FileLoader.Result loaded = new FileLoader().load(file, file.toString());
        if (!(loaded instanceof FileLoader.Loaded t)) {
            return List.of();
        }
        String text = t.file().text();
        if (!text.contains(NESTED_STACK) && !text.contains("\\u")) {
            // No resource can be a nested stack: JSON spells that type literally or with unicode escapes, and no other
            // escape makes a letter or a colon. Most templates are skipped so, unparsed.
            return List.of();
        }
        ParsedJson parsed = new LocatedJsonParser().parse(text);
        Optional<Template> template = parsed.isValid() ? Template.of(parsed.root()) : Optional.empty();
        List<String> out = new ArrayList<>();
        template.ifPresent(tt -> tt.resources().forEach((id, resource) -> {
            if (tt.resourceType(id).filter(NESTED_STACK::equals).isPresent()) {
                nestedTemplate(resource).ifPresent(out::add);
            }
        }));
        return out;
    }

    static Optional<ObjectNode> object(Optional<Node> node) {
        return node.filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast);
    }

    static Optional<String> text(Optional<Node> node) {
        return node.filter(Node.StringNode.class::isInstance).map(n -> ((Node.StringNode) n).value());
    }
}
