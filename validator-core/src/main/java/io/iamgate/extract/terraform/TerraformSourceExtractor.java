package io.iamgate.extract.terraform;

import io.iamgate.extract.EmbeddedPolicy;
import io.iamgate.extract.ExtractOptions;
import io.iamgate.extract.Extraction;
import io.iamgate.extract.Extractor;
import io.iamgate.extract.PolicyText;
import io.iamgate.extract.PolicyTypeDetector;
import io.iamgate.extract.SourceFile;
import io.iamgate.extract.SourceFindings;
import io.iamgate.extract.TemplateValue;
import io.iamgate.extract.terraform.Hcl.Block;
import io.iamgate.extract.terraform.TerraformModule.TfFile;
import io.iamgate.load.LocatedJsonParser;
import io.iamgate.load.Position;
import io.iamgate.load.RepositoryRoot;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Terraform without a plan: the policies a .tf file writes, read from the code itself (a pre-commit hook, a pull
 * request), in the resource types and attributes the plan reader knows ({@link TerraformPolicyAttributes}) and in
 * {@code aws_iam_policy_document} data sources. The other .tf files of the directory give the variables' literal
 * defaults, the locals and the data sources a resource refers to; anything else is a placeholder, reported as not
 * checked. When a plan sits in the directory or one above it (inside the repository root), the plan is what is
 * checked and it places its findings on these lines; the .tf files then give no policies of their own, so nothing
 * is reported twice.
 */
public final class TerraformSourceExtractor implements Extractor {

    private final RepositoryRoot root;
    private final Map<Path, TerraformModule> directories = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Path, Boolean> plans = new java.util.concurrent.ConcurrentHashMap<>();

    /** One per run: it keeps the directories it has read. */
    public TerraformSourceExtractor(RepositoryRoot root) {
        this.root = root;
    }

    @Override
    public Optional<List<PolicyUnit>> extract(SourceFile file, ExtractOptions options) {
        return extractAll(file, options).map(Extraction::units);
    }

    @Override
    public Optional<Extraction> extractAll(SourceFile file, ExtractOptions options) {
        if (!file.displayPath().endsWith(".tf")) {
            return Optional.empty();
        }
        Path directory = file.file().path().toAbsolutePath().getParent();
        if (directory != null && planNearby(directory)) {
            return Optional.of(new Extraction(List.of(), List.of()));
        }
        String display = file.displayPath();
        int slash = display.lastIndexOf('/');
        String displayDirectory = slash < 0 ? "" : display.substring(0, slash);
        TfFile own = TerraformModule.parse(display, file.text());
        List<TfFile> files = new ArrayList<>();
        files.add(own);
        if (directory != null) {
            // Each directory is read once per run, however many .tf files it holds.
            directories
                    .computeIfAbsent(directory, d -> TerraformModule.read(d, displayDirectory, root))
                    .files()
                    .stream()
                    .filter(f -> !f.displayPath().equals(display))
                    .forEach(files::add);
        }
        return Optional.of(new Extraction(units(TerraformModule.of(files), own), List.of()));
    }

    /** The policies written in {@code own}, with the rest of {@code module} to resolve references. */
    static List<PolicyUnit> units(TerraformModule module, TfFile own) {
        List<PolicyUnit> units = new ArrayList<>();
        // data source address -> the resources that use it verbatim, by kind of policy
        Map<String, Map<List<Object>, List<String>>> users = new LinkedHashMap<>();
        for (TfFile f : module.files()) {
            for (Block b : f.parsed().body().blocks("resource")) {
                if (b.labels().size() != 2) {
                    continue;
                }
                String address = b.labels().get(0) + "." + b.labels().get(1);
                for (Source s : sources(b)) {
                    HclPolicyValue.Result r = new HclPolicyValue(module)
                            .policyAttribute(f, s.attribute().value());
                    if (r.dataSource().isPresent()) {
                        users.computeIfAbsent(r.dataSource().get(), k -> new LinkedHashMap<>())
                                .computeIfAbsent(
                                        java.util.Arrays.asList(s.type(), s.resourceType()), k -> new ArrayList<>())
                                .add(address + "." + s.path());
                    } else if (f == own) {
                        units.add(TerraformSuppressions.held(
                                unit(
                                        f,
                                        address + "." + s.path(),
                                        s.type(),
                                        s.resourceType(),
                                        r,
                                        s.attribute().span().start(),
                                        List.of()),
                                f,
                                b,
                                address));
                    }
                }
            }
        }
        for (Block b : own.parsed().body().blocks("data")) {
            if (b.labels().size() != 2 || !b.labels().get(0).equals("aws_iam_policy_document")) {
                continue;
            }
            String address = "data.aws_iam_policy_document." + b.labels().get(1);
            HclPolicyValue values = new HclPolicyValue(module);
            TemplateValue doc = values.document(own, b.body(), null);
            HclPolicyValue.Result r =
                    new HclPolicyValue.Result(Optional.of(doc), Optional.empty(), values.notes(), Optional.empty());
            Map<List<Object>, List<String>> byKind = users.getOrDefault(address, Map.of());
            if (byKind.isEmpty()) {
                PolicyDocument parsed = PolicyDocument.of(
                        new LocatedJsonParser().parse(PolicyText.render(doc).text()));
                PolicyType type = PolicyTypeDetector.detect(parsed);
                String resourceType = type == PolicyType.RESOURCE_POLICY
                        ? PolicyTypeDetector.detectResourceType(parsed).orElse(null)
                        : null;
                units.add(TerraformSuppressions.held(
                        unit(
                                own,
                                address + ".json",
                                type,
                                resourceType,
                                r,
                                b.span().start(),
                                List.of("A policy document data source no resource of this directory uses "
                                        + "verbatim; its type was detected from its content.")),
                        own,
                        b,
                        address));
                continue;
            }
            for (Map.Entry<List<Object>, List<String>> kind : byKind.entrySet()) {
                PolicyType type = (PolicyType) kind.getKey().get(0);
                String resourceType = (String) kind.getKey().get(1);
                String origin = address + ".json"
                        + (byKind.size() == 1 ? "" : " as " + type + (resourceType == null ? "" : " " + resourceType));
                units.add(TerraformSuppressions.held(
                        unit(
                                own,
                                origin,
                                type,
                                resourceType,
                                r,
                                b.span().start(),
                                List.of("Used by " + String.join(", ", kind.getValue())
                                        + "; its findings are reported here, " + "once.")),
                        own,
                        b,
                        address));
            }
        }
        return units;
    }

    /** A policy attribute of a resource block, with the kind of policy it holds. */
    record Source(String path, Hcl.Attribute attribute, PolicyType type, String resourceType) {}

    /** The policy attributes a resource block sets, nested blocks ({@code inline_policy}) included. */
    static List<Source> sources(Block b) {
        String type = b.labels().get(0);
        List<Source> out = new ArrayList<>();
        if (type.equals("aws_organizations_policy")) {
            String kind = b.body()
                    .attribute("type")
                    .flatMap(a -> a.value() instanceof Hcl.Text t
                                    && t.interpolations().isEmpty()
                            ? Optional.of(t.value())
                            : Optional.empty())
                    .orElse("SERVICE_CONTROL_POLICY");
            PolicyType pt = switch (kind) {
                case "SERVICE_CONTROL_POLICY" -> PolicyType.SERVICE_CONTROL_POLICY;
                case "RESOURCE_CONTROL_POLICY" -> PolicyType.RESOURCE_CONTROL_POLICY;
                default -> null; // tag, backup and AI opt-out policies are not IAM policies
            };
            if (pt != null) {
                b.body().attribute("content").ifPresent(a -> out.add(new Source("content", a, pt, null)));
            }
            return out;
        }
        for (TerraformPolicyAttributes.Spec spec : TerraformPolicyAttributes.of(type)) {
            String[] steps = spec.path().split("\\.");
            if (steps.length == 1) {
                b.body()
                        .attribute(steps[0])
                        .ifPresent(a -> out.add(new Source(steps[0], a, spec.type(), spec.validateType())));
            } else if (steps.length == 2) {
                String block = steps[0].replace("[*]", "");
                List<Block> nested = b.body().blocks(block);
                for (int i = 0; i < nested.size(); i++) {
                    int index = i;
                    nested.get(i)
                            .body()
                            .attribute(steps[1])
                            .ifPresent(a -> out.add(new Source(
                                    block + "[" + index + "]." + steps[1], a, spec.type(), spec.validateType())));
                }
            }
        }
        return out;
    }

    /** The unit of one policy; a policy that cannot be built is listed as not checked, with why. */
    static PolicyUnit unit(
            TfFile file,
            String origin,
            PolicyType type,
            String resourceType,
            HclPolicyValue.Result r,
            Position at,
            List<String> extraNotes) {
        List<String> notes = new ArrayList<>(extraNotes);
        notes.addAll(r.notes());
        if (r.value().isPresent()) {
            return EmbeddedPolicy.unit(
                    file.displayPath(), origin, type, resourceType, r.value().get(), notes);
        }
        String why = r.unknown().orElse("it is not known without a plan");
        notes.add("Not checked: " + origin + ": " + why + ". Check a plan (terraform show -json) to see it.");
        PolicyDocument unknown = PolicyDocument.unknown();
        return new PolicyUnit(
                file.displayPath(),
                origin,
                type,
                resourceType,
                unknown,
                location -> at,
                notes,
                List.of(SourceFindings.notChecked(unknown.wholeDocument(), origin + ": " + why + ".")));
    }

    /** A Terraform plan JSON in {@code directory} or a directory above it, inside the repository root. */
    private boolean planNearby(Path directory) {
        for (Path d = directory; d != null && root.contains(d); d = d.getParent()) {
            if (plans.computeIfAbsent(d, TerraformSourceExtractor::hasPlan)) {
                return true;
            }
            if (d.equals(root.path())) {
                break;
            }
        }
        return false;
    }

    static boolean hasPlan(Path directory) {
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .limit(200)
                    .anyMatch(TerraformSourceExtractor::isPlan);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isPlan(Path p) {
        try {
            if (Files.size(p) > 64L * 1024 * 1024) {
                return false;
            }
            String head;
            try (java.io.Reader r = Files.newBufferedReader(p)) {
                char[] buf = new char[4096];
                int n = r.read(buf);
                head = n <= 0 ? "" : new String(buf, 0, n);
            }
            return head.contains("\"format_version\"")
                    && (head.contains("\"terraform_version\"") || head.contains("\"planned_values\""));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
