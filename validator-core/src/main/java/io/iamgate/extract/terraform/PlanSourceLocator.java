package io.iamgate.extract.terraform;

import io.iamgate.extract.TemplateValue;
import io.iamgate.extract.terraform.Hcl.Block;
import io.iamgate.extract.terraform.TerraformModule.Located;
import io.iamgate.load.Node;
import io.iamgate.load.Node.ObjectNode;
import io.iamgate.load.Position;
import io.iamgate.load.RepositoryRoot;
import io.iamgate.model.PolicyUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves the policies of a plan onto the .tf code that wrote them: each unit's file becomes the .tf file of its
 * resource or data source, and its findings land on the attribute, the statement block or the JSON key there (see
 * {@link TfSourceMapping}). Child modules are followed through the plan's {@code configuration} when their source
 * is a local path inside the repository root. A unit whose code is not found stays on the plan, as before.
 */
final class PlanSourceLocator {

    private static final Pattern ADDRESS = Pattern.compile(
            "^((?:module\\.[A-Za-z0-9_-]+(?:\\[[^\\]]*])?\\.)*)((?:data\\.)?[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)"
                    + "(?:\\[[^\\]]*])?(?:\\.(.*))?$");
    private static final Pattern NESTED = Pattern.compile("([A-Za-z0-9_]+)\\[(\\d+)]\\.([A-Za-z0-9_]+)");
    private static final int MAX_MODULE_DEPTH = 32;

    private final Path sourceDirectory;
    private final RepositoryRoot root;
    private final Optional<ObjectNode> configuration;
    private final Map<Path, TerraformModule> modules = new HashMap<>();

    /**
     * @param sourceDirectory the directory of the root module's .tf files
     * @param configuration the plan's {@code configuration.root_module}
     */
    PlanSourceLocator(Path sourceDirectory, RepositoryRoot root, Optional<ObjectNode> configuration) {
        this.sourceDirectory = sourceDirectory.toAbsolutePath().normalize();
        this.root = root;
        this.configuration = configuration;
    }

    /**
     * The directory whose .tf files wrote a plan: the one the invoker named, else the plan's folder when it holds
     * .tf files, else the working directory.
     */
    static Path sourceDirectory(Optional<Path> named, Path plan, Path workingDirectory) {
        if (named.isPresent()) {
            return workingDirectory.resolve(named.get()).normalize();
        }
        Path folder = plan.toAbsolutePath().getParent();
        if (folder != null) {
            try (var list = Files.list(folder)) {
                if (list.anyMatch(p -> p.getFileName().toString().endsWith(".tf"))) {
                    return folder;
                }
            } catch (java.io.IOException e) {
                // the working directory, below
            }
        }
        return workingDirectory;
    }

    List<PolicyUnit> relocate(List<PolicyUnit> units) {
        List<PolicyUnit> out = new ArrayList<>(units.size());
        for (PolicyUnit u : units) {
            out.add(relocate(u).orElse(u));
        }
        return out;
    }

    private Optional<PolicyUnit> relocate(PolicyUnit unit) {
        String origin = unit.origin().replaceFirst(" as .*$", "");
        Matcher m = ADDRESS.matcher(origin);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<TerraformModule> module = module(m.group(1));
        if (module.isEmpty()) {
            return Optional.empty();
        }
        Optional<Located> located = module.get().block(m.group(2));
        if (located.isEmpty()) {
            return Optional.empty();
        }
        Located at = located.get();
        String attribute = m.group(3) == null ? "" : m.group(3);
        HclPolicyValue values = new HclPolicyValue(module.get());
        Block block = at.block();
        Position fallback = block.span().start();
        Optional<TemplateValue> code = Optional.empty();
        if (block.type().equals("data") && attribute.equals("json")) {
            code = Optional.of(values.document(at.file(), block.body(), null));
        } else {
            Optional<Hcl.Attribute> a = attributeAt(block, attribute);
            if (a.isPresent()) {
                fallback = a.get().span().start();
                HclPolicyValue.Result r =
                        values.policyAttribute(at.file(), a.get().value());
                code = r.value();
                if (r.dataSource().isPresent()) {
                    // Used verbatim, its findings are the data source's: on its statements.
                    Optional<Located> data = module.get().block(r.dataSource().get());
                    if (data.isPresent()) {
                        at = data.get();
                        fallback = data.get().block().span().start();
                    }
                }
            }
        }
        TemplateValue placed = code.orElse(new TemplateValue.Null(fallback));
        List<String> notes = new ArrayList<>(unit.notes());
        notes.add("Found in the plan " + unit.file() + "; placed on the code that wrote it.");
        PolicyUnit moved = new PolicyUnit(
                at.file().displayPath(),
                unit.origin(),
                unit.policyType(),
                unit.resourceType(),
                unit.document(),
                new TfSourceMapping(unit.document().root(), placed, fallback),
                notes,
                unit.sourceFindings(),
                unit.resource());
        String address = at.block().labels().size() == 2
                ? (at.block().type().equals("data") ? "data." : "")
                        + at.block().labels().get(0) + "." + at.block().labels().get(1)
                : m.group(2);
        return Optional.of(TerraformSuppressions.held(moved, at.file(), at.block(), m.group(1) + address));
    }

    /** {@code policy}, or {@code inline_policy[1].policy}: the attribute of the n-th nested block. */
    private static Optional<Hcl.Attribute> attributeAt(Block block, String attribute) {
        Matcher nested = NESTED.matcher(attribute);
        if (nested.matches()) {
            List<Block> blocks = block.body().blocks(nested.group(1));
            int i = Integer.parseInt(nested.group(2));
            return i < blocks.size() ? blocks.get(i).body().attribute(nested.group(3)) : Optional.empty();
        }
        return block.body().attribute(attribute);
    }

    /** The module of an address prefix ({@code module.a.module.b.}), through the configuration's module calls. */
    private Optional<TerraformModule> module(String prefix) {
        Path dir = sourceDirectory;
        Optional<ObjectNode> config = configuration;
        String[] parts = prefix.isEmpty() ? new String[0] : prefix.split("\\.");
        for (int i = 0; i + 1 < parts.length; i += 2) {
            if (i / 2 > MAX_MODULE_DEPTH) {
                return Optional.empty();
            }
            String name = parts[i + 1].replaceFirst("\\[.*$", "");
            Optional<ObjectNode> call =
                    config.flatMap(c -> object(c.get("module_calls"))).flatMap(c -> object(c.get(name)));
            Optional<String> source = call.flatMap(c -> c.get("source"))
                    .filter(Node.StringNode.class::isInstance)
                    .map(n -> ((Node.StringNode) n).value());
            if (source.isEmpty()
                    || !(source.get().startsWith("./") || source.get().startsWith("../"))) {
                return Optional.empty(); // a registry or remote module: its code is not in the repository
            }
            dir = dir.resolve(source.get()).normalize();
            if (!root.contains(dir)) {
                return Optional.empty();
            }
            config = call.flatMap(c -> object(c.get("module")));
        }
        Path finalDir = dir;
        return Optional.of(modules.computeIfAbsent(finalDir, d -> TerraformModule.read(d, display(d), root)));
    }

    private String display(Path dir) {
        Path base = root.path();
        if (dir.startsWith(base)) {
            return base.relativize(dir).toString().replace('\\', '/');
        }
        return dir.toString().replace('\\', '/');
    }

    private static Optional<ObjectNode> object(Optional<Node> node) {
        return node.filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast);
    }
}
