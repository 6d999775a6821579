package io.iamgate.extract.terraform;

import io.iamgate.extract.EmbeddedPolicy;
import io.iamgate.extract.ExtractOptions;
import io.iamgate.extract.Extraction;
import io.iamgate.extract.Extractor;
import io.iamgate.extract.LambdaPermissionPolicy;
import io.iamgate.extract.PolicyTypeDetector;
import io.iamgate.extract.SourceFile;
import io.iamgate.extract.SourceFindings;
import io.iamgate.extract.TemplateValue;
import io.iamgate.extract.TemplateValue.Str;
import io.iamgate.extract.cloudformation.StackEnvironment;
import io.iamgate.load.Node;
import io.iamgate.load.Node.ArrayNode;
import io.iamgate.load.Node.ObjectNode;
import io.iamgate.load.Node.StringNode;
import io.iamgate.load.ParsedJson;
import io.iamgate.load.Position;
import io.iamgate.load.Span;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.model.SourceResource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON of {@code terraform show -json PLAN}, recognised by content ({@code format_version} with
 * {@code planned_values} or {@code resource_changes}). Reads the planned values of the root module and of
 * every child module, and the data sources read while planning ({@code prior_state}). Policies are JSON
 * strings: each is validated verbatim, and findings point at the character of the plan file they come from.
 * A policy known only after apply ({@code after_unknown}) is listed as not checked, with a note. Fields this
 * reader does not know are ignored.
 */
public final class TerraformPlanExtractor implements Extractor {

    private static final int MAX_MODULE_DEPTH = 100;

    /** Where the .tf code of a plan is looked for (see {@link PlanSourceLocator#sourceDirectory}); none: stay on the plan. */
    public record SourceOptions(
            Optional<java.nio.file.Path> directory,
            java.nio.file.Path workingDirectory,
            io.iamgate.load.RepositoryRoot root) {}

    private final Optional<SourceOptions> sources;

    /** Findings stay in the plan file. */
    public TerraformPlanExtractor() {
        this.sources = Optional.empty();
    }

    /** Findings land on the .tf code that wrote each policy, where it is found. */
    public TerraformPlanExtractor(SourceOptions sources) {
        this.sources = Optional.of(sources);
    }

    /** One resource or data source of the plan. */
    private record PlanResource(
            String address,
            String mode,
            String type,
            ObjectNode values,
            Optional<Node> unknown,
            Optional<Set<String>> configured,
            String module,
            Span span) {

        /**
         * True when the attribute is unknown at plan time and the configuration sets it: a policy that will
         * exist but cannot be seen yet. An unset Optional+Computed attribute (aws_sqs_queue.policy without a
         * policy argument) is unknown too, but there is no policy of the author's to check.
         */
        boolean unknownPolicy(Optional<Node> unknownHere, String attribute) {
            return isTrue(unknownHere)
                    && configured.map(c -> c.contains(attribute)).orElse(true);
        }
    }

    @Override
    public Optional<List<PolicyUnit>> extract(SourceFile file, ExtractOptions options) {
        return extractAll(file, options).map(Extraction::units);
    }

    /** The units with the plan's managed resources, for the principal stage. */
    @Override
    public Optional<Extraction> extractAll(SourceFile file, ExtractOptions options) {
        if (!file.looksLikeJson()) {
            return Optional.empty(); // recognised on the parsed tree below, never by raw text (keys may be escaped)
        }
        ParsedJson parsed = file.json();
        if (!parsed.isValid()
                || !(parsed.root() instanceof ObjectNode root)
                || root.get("format_version").isEmpty()
                || (root.get("planned_values").isEmpty()
                        && root.get("resource_changes").isEmpty())) {
            return Optional.empty();
        }
        Map<String, Node> unknown = afterUnknown(root);
        Map<String, Map<String, List<String>>> references = new HashMap<>();
        Map<String, List<String>> wiring = new HashMap<>();
        Optional<Map<String, Set<String>>> configured = object(root.get("configuration"))
                .flatMap(c -> object(c.get("root_module")))
                .map(m -> {
                    Map<String, Set<String>> out = new HashMap<>();
                    configured(m, "", out, references, wiring, 0);
                    return out;
                });
        Map<String, PlanResource> resources = new LinkedHashMap<>();
        object(root.get("planned_values"))
                .flatMap(p -> object(p.get("root_module")))
                .ifPresent(m -> collect(m, unknown, configured, resources, 0));
        object(root.get("prior_state"))
                .flatMap(p -> object(p.get("values")))
                .flatMap(v -> object(v.get("root_module")))
                .ifPresent(m -> collect(m, unknown, configured, resources, 0));
        PlanUnits out = new PlanUnits(file.displayPath(), parsed);
        List<PolicyUnit> units = new ArrayList<>();
        List<PlanResource> documents = new ArrayList<>();
        for (PlanResource r : resources.values()) {
            if (r.mode().equals("data")) {
                if (r.type().equals("aws_iam_policy_document")) {
                    documents.add(r);
                }
                continue;
            }
            int first = units.size();
            switch (r.type()) {
                case "aws_lambda_permission" -> units.add(out.lambdaPermission(r));
                case "aws_organizations_policy" -> out.organizationsPolicy(r).ifPresent(units::add);
                default -> {
                    for (TerraformPolicyAttributes.Spec spec : TerraformPolicyAttributes.of(r.type())) {
                        out.attribute(
                                r, r.values(), r.unknown(), spec, spec.path().split("\\."), 0, r.address(), units);
                    }
                }
            }
            SourceResource held = SourceResource.named(r.address());
            units.subList(first, units.size()).replaceAll(u -> u.withResource(held));
        }
        for (PlanResource d : documents) {
            d.values()
                    .get("json")
                    .filter(StringNode.class::isInstance)
                    .map(StringNode.class::cast)
                    .filter(json -> !json.value().isBlank())
                    .ifPresent(json -> reportOnce(out, d, json, units));
        }
        List<TerraformPlan.Resource> managed = new ArrayList<>();
        for (PlanResource r : resources.values()) {
            if (r.mode().equals("managed")) {
                managed.add(new TerraformPlan.Resource(
                        r.address(),
                        r.module(),
                        r.type(),
                        r.values(),
                        r.unknown(),
                        r.span(),
                        Optional.ofNullable(references.get(configAddress(r.address())))));
            }
        }
        List<PolicyUnit> placed = units;
        if (sources.isPresent()) {
            SourceOptions o = sources.get();
            placed = new PlanSourceLocator(
                            PlanSourceLocator.sourceDirectory(
                                    o.directory(), file.file().path(), o.workingDirectory()),
                            o.root(),
                            object(root.get("configuration")).flatMap(c -> object(c.get("root_module"))))
                    .relocate(units);
        }
        return Optional.of(new Extraction(
                placed,
                List.of(),
                List.of(new TerraformPlan(
                        file.displayPath(), parsed, managed, wiring, codeFiles(placed, file.displayPath())))));
    }

    /** The files other than the plan that its units were placed on. */
    private static Set<String> codeFiles(List<PolicyUnit> units, String plan) {
        Set<String> out = new HashSet<>();
        units.forEach(u -> out.add(u.file()));
        out.remove(plan);
        return out;
    }

    /** The address without instance keys, as the configuration section names resources. */
    private static String configAddress(String address) {
        return address.replaceAll("\\[[^\\]]*]", "");
    }

    /**
     * A policy document data source is reported once, at its own text: the resources that use it verbatim
     * ({@code policy = data.aws_iam_policy_document.x.json}) give way to one unit of the data source per kind of
     * policy they make of it, naming them in a note, so two resources sharing one document do not report each
     * finding twice. A document no resource uses verbatim (merged, passed out of a module) is validated on its
     * own, its type detected from its content.
     */
    private static void reportOnce(PlanUnits out, PlanResource d, StringNode json, List<PolicyUnit> units) {
        String text = json.value().strip();
        Map<List<Object>, List<PolicyUnit>> users = new LinkedHashMap<>();
        for (PolicyUnit u : units) {
            if (!u.document().isUnknown() && u.document().text().strip().equals(text)) {
                if (u.origin().contains("data.aws_iam_policy_document.")) {
                    return; // another data source with the same text already reports it
                }
                users.computeIfAbsent(Arrays.asList(u.policyType(), u.resourceType()), k -> new ArrayList<>())
                        .add(u);
            }
        }
        if (users.isEmpty()) {
            units.add(out.document(d, json).withResource(SourceResource.named(d.address())));
            return;
        }
        for (List<PolicyUnit> group : users.values()) {
            PolicyUnit first = group.get(0);
            String names =
                    String.join(", ", group.stream().map(PolicyUnit::origin).toList());
            // Used as different kinds of policy, it is validated once per kind; the origin tells them apart.
            String origin = d.address() + ".json"
                    + (users.size() == 1
                            ? ""
                            : " as " + first.policyType()
                                    + (first.resourceType() == null ? "" : " " + first.resourceType()));
            PolicyUnit shared = out.policy(
                            origin,
                            first.policyType(),
                            first.resourceType(),
                            json,
                            List.of("Used by " + names + "; its findings are reported here, once."))
                    .withResource(SourceResource.named(d.address()));
            replaceByIdentity(units, group, shared);
        }
    }

    /**
     * The group's first unit replaced by {@code shared}, the others removed. Compared by identity: a unit is one
     * policy found in one place, and a record's equality would walk its whole document for every comparison.
     */
    private static void replaceByIdentity(List<PolicyUnit> units, List<PolicyUnit> group, PolicyUnit shared) {
        Set<PolicyUnit> others = Collections.newSetFromMap(new IdentityHashMap<>());
        others.addAll(group.subList(1, group.size()));
        PolicyUnit first = group.get(0);
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i) == first) {
                units.set(i, shared);
                break;
            }
        }
        units.removeIf(others::contains);
    }

    /** {@code resource_changes[].change.after_unknown}, by address. */
    private static Map<String, Node> afterUnknown(ObjectNode root) {
        Map<String, Node> out = new HashMap<>();
        root.get("resource_changes").filter(ArrayNode.class::isInstance).ifPresent(changes -> {
            for (Node c : ((ArrayNode) changes).elements()) {
                Optional<ObjectNode> change = object(Optional.of(c));
                Optional<String> address = change.flatMap(o -> text(o.get("address")));
                Optional<Node> after =
                        change.flatMap(o -> object(o.get("change"))).flatMap(o -> o.get("after_unknown"));
                if (address.isPresent() && after.isPresent()) {
                    out.put(address.get(), after.get());
                }
            }
        });
        return out;
    }

    /**
     * The attributes each resource's configuration sets, and what each attribute's expression refers to, by
     * address without instance keys; and the references of module outputs and module call inputs (see
     * {@link TerraformPlan#wiring()}).
     */
    private static void configured(
            ObjectNode module,
            String prefix,
            Map<String, Set<String>> out,
            Map<String, Map<String, List<String>>> references,
            Map<String, List<String>> wiring,
            int depth) {
        if (depth > MAX_MODULE_DEPTH) {
            return;
        }
        module.get("resources").filter(ArrayNode.class::isInstance).ifPresent(list -> {
            for (Node n : ((ArrayNode) list).elements()) {
                Optional<ObjectNode> r = object(Optional.of(n));
                Optional<String> address = r.flatMap(o -> text(o.get("address")));
                if (address.isPresent()) {
                    Set<String> attributes = new HashSet<>();
                    Map<String, List<String>> refs = new HashMap<>();
                    r.flatMap(o -> object(o.get("expressions")))
                            .ifPresent(e -> e.members().forEach(m -> {
                                attributes.add(m.name());
                                refs.put(m.name(), references(Optional.of(m.value())));
                            }));
                    out.put(prefix + address.get(), attributes);
                    references.put(prefix + address.get(), refs);
                }
            }
        });
        object(module.get("outputs"))
                .ifPresent(outputs -> outputs.members()
                        .forEach(o -> wiring.put(
                                prefix + "output." + o.name(),
                                references(object(Optional.of(o.value())).flatMap(x -> x.get("expression"))))));
        object(module.get("module_calls")).ifPresent(calls -> {
            for (Node.Member call : calls.members()) {
                String callPrefix = prefix + "module." + call.name() + ".";
                object(Optional.of(call.value()))
                        .flatMap(c -> object(c.get("expressions")))
                        .ifPresent(inputs -> inputs.members()
                                .forEach(i -> wiring.put(
                                        callPrefix + "var." + i.name(), references(Optional.of(i.value())))));
                object(Optional.of(call.value()))
                        .flatMap(c -> object(c.get("module")))
                        .ifPresent(m -> configured(m, callPrefix, out, references, wiring, depth + 1));
            }
        });
    }

    /** The {@code references} of a configuration expression. */
    private static List<String> references(Optional<Node> expression) {
        return object(expression)
                .flatMap(x -> x.get("references"))
                .filter(ArrayNode.class::isInstance)
                .map(found -> ((ArrayNode) found)
                        .elements().stream()
                                .filter(StringNode.class::isInstance)
                                .map(x -> ((StringNode) x).value())
                                .toList())
                .orElse(List.of());
    }

    private static void collect(
            ObjectNode module,
            Map<String, Node> unknown,
            Optional<Map<String, Set<String>>> configured,
            Map<String, PlanResource> out,
            int depth) {
        if (depth > MAX_MODULE_DEPTH) {
            return;
        }
        module.get("resources").filter(ArrayNode.class::isInstance).ifPresent(list -> {
            for (Node n : ((ArrayNode) list).elements()) {
                Optional<ObjectNode> r = object(Optional.of(n));
                Optional<String> address = r.flatMap(o -> text(o.get("address")));
                Optional<String> type = r.flatMap(o -> text(o.get("type")));
                if (address.isEmpty() || type.isEmpty() || out.containsKey(address.get())) {
                    continue;
                }
                String mode = r.flatMap(o -> text(o.get("mode"))).orElse("managed");
                ObjectNode values =
                        r.flatMap(o -> object(o.get("values"))).orElseGet(() -> new ObjectNode(List.of(), n.span()));
                String configAddress = configAddress(address.get());
                String name = r.flatMap(o -> text(o.get("name"))).orElse("");
                int own = address.get().lastIndexOf((mode.equals("data") ? "data." : "") + type.get() + "." + name);
                out.put(
                        address.get(),
                        new PlanResource(
                                address.get(),
                                mode,
                                type.get(),
                                values,
                                Optional.ofNullable(unknown.get(address.get())),
                                // A resource the configuration section does not describe counts as configured: when
                                // in doubt an unknown policy is listed as not checked, never dropped.
                                configured.flatMap(c -> Optional.ofNullable(c.get(configAddress))),
                                own > 0 ? address.get().substring(0, own) : "",
                                n.span()));
            }
        });
        module.get("child_modules").filter(ArrayNode.class::isInstance).ifPresent(children -> {
            for (Node child : ((ArrayNode) children).elements()) {
                object(Optional.of(child)).ifPresent(c -> collect(c, unknown, configured, out, depth + 1));
            }
        });
    }

    /** Builds the units of one plan file. */
    private static final class PlanUnits {
        private final String file;
        private final ParsedJson plan;

        PlanUnits(String file, ParsedJson plan) {
            this.file = file;
            this.plan = plan;
        }

        /** Follows {@code block[*].attr} through values and the matching after_unknown tree. */
        void attribute(
                PlanResource r,
                ObjectNode values,
                Optional<Node> unknown,
                TerraformPolicyAttributes.Spec spec,
                String[] steps,
                int at,
                String origin,
                List<PolicyUnit> units) {
            String step = steps[at];
            boolean each = step.endsWith("[*]");
            String name = each ? step.substring(0, step.length() - 3) : step;
            Optional<Node> unknownHere =
                    unknown.flatMap(u -> u instanceof ObjectNode o ? o.get(name) : Optional.empty());
            String here = origin + "." + name;
            if (at == 0 ? r.unknownPolicy(unknownHere, name) : isTrue(unknownHere)) {
                units.add(notChecked(
                        r, here, spec.type(), spec.validateType(), values.span().start()));
                return;
            }
            Optional<Node> value = values.get(name);
            if (at == steps.length - 1) {
                value.filter(StringNode.class::isInstance)
                        .map(StringNode.class::cast)
                        .filter(s -> !s.value().isBlank())
                        .ifPresent(s -> units.add(policy(here, spec.type(), spec.validateType(), s, List.of())));
                return;
            }
            if (value.isPresent() && value.get() instanceof ArrayNode list) {
                for (int i = 0; i < list.elements().size(); i++) {
                    int index = i;
                    Optional<Node> unknownItem = unknownHere.flatMap(u ->
                            u instanceof ArrayNode a && index < a.elements().size()
                                    ? Optional.of(a.elements().get(index))
                                    : Optional.empty());
                    if (list.elements().get(i) instanceof ObjectNode item) {
                        attribute(r, item, unknownItem, spec, steps, at + 1, here + "[" + i + "]", units);
                    }
                }
            } else if (value.isPresent() && value.get() instanceof ObjectNode single) {
                attribute(r, single, unknownHere, spec, steps, at + 1, here, units);
            }
        }

        Optional<PolicyUnit> organizationsPolicy(PlanResource r) {
            PolicyType type;
            switch (text(r.values().get("type")).orElse("SERVICE_CONTROL_POLICY")) {
                case "SERVICE_CONTROL_POLICY" -> type = PolicyType.SERVICE_CONTROL_POLICY;
                case "RESOURCE_CONTROL_POLICY" -> type = PolicyType.RESOURCE_CONTROL_POLICY;
                default -> {
                    return Optional.empty(); // tag, backup and AI opt-out policies are not IAM policies
                }
            }
            String origin = r.address() + ".content";
            if (r.unknownPolicy(
                    r.unknown().flatMap(u -> u instanceof ObjectNode o ? o.get("content") : Optional.empty()),
                    "content")) {
                return Optional.of(
                        notChecked(r, origin, type, null, r.values().span().start()));
            }
            return r.values()
                    .get("content")
                    .filter(StringNode.class::isInstance)
                    .map(StringNode.class::cast)
                    .filter(s -> !s.value().isBlank())
                    .map(s -> policy(origin, type, null, s, List.of()));
        }

        PolicyUnit document(PlanResource r, StringNode json) {
            PolicyDocument parsed = PolicyDocument.of(new io.iamgate.load.LocatedJsonParser().parse(json.value()));
            PolicyType type =
                    parsed.syntaxError().isPresent() ? PolicyType.IDENTITY_POLICY : PolicyTypeDetector.detect(parsed);
            String resourceType = type == PolicyType.RESOURCE_POLICY
                    ? PolicyTypeDetector.detectResourceType(parsed).orElse(null)
                    : null;
            return policy(
                    r.address() + ".json",
                    type,
                    resourceType,
                    json,
                    List.of("A policy document data source not used verbatim by a resource of the plan; its type was "
                            + "detected from its content."));
        }

        /** The statement Lambda adds to the function's policy for this permission. */
        PolicyUnit lambdaPermission(PlanResource r) {
            List<String> notes = new ArrayList<>();
            Position at = r.values().span().start();
            TemplateValue principal = value(r, "principal", notes).orElse(new Str("*", at));
            TemplateValue action = value(r, "action", notes).orElse(new Str("lambda:InvokeFunction", at));
            TemplateValue function = value(r, "function_name", notes).orElse(new Str("placeholder-function", at));
            String functionArn = LambdaPermissionPolicy.functionArn(
                    TemplateValue.scalarText(function).orElse(""),
                    "aws",
                    StackEnvironment.PLACEHOLDER_REGION,
                    StackEnvironment.PLACEHOLDER_ACCOUNT);
            Optional<String> qualifier = text(r.values().get("qualifier")).filter(q -> !q.isEmpty());
            if (qualifier.isPresent() && !functionArn.endsWith(":" + qualifier.get())) {
                functionArn = functionArn + ":" + qualifier.get();
            }
            String sid = text(r.values().get("statement_id"))
                    .filter(s -> !s.isEmpty())
                    .orElse(r.address());
            TemplateValue policy = LambdaPermissionPolicy.of(
                    new LambdaPermissionPolicy.Grant(
                            sid,
                            principal,
                            action,
                            new Str(functionArn, function.origin()),
                            value(r, "source_arn", notes),
                            value(r, "source_account", notes),
                            value(r, "principal_org_id", notes),
                            value(r, "function_url_auth_type", notes),
                            at),
                    "aws");
            return EmbeddedPolicy.unit(file, r.address(), PolicyType.RESOURCE_POLICY, null, policy, notes);
        }

        /** An attribute of a permission, placed at its string; a placeholder and a note when unknown. */
        private Optional<TemplateValue> value(PlanResource r, String name, List<String> notes) {
            if (isTrue(r.unknown().flatMap(u -> u instanceof ObjectNode o ? o.get(name) : Optional.empty()))) {
                String note = r.address() + "." + name + " is known only after apply; a placeholder is used.";
                notes.add(note);
                String placeholder = name.endsWith("arn")
                        ? "arn:aws:iam::" + StackEnvironment.PLACEHOLDER_ACCOUNT + ":root"
                        : name.equals("source_account")
                                ? StackEnvironment.PLACEHOLDER_ACCOUNT
                                : "placeholder-" + name.replace('_', '-');
                return Optional.of(new Str(placeholder, r.values().span().start(), note));
            }
            return r.values()
                    .get(name)
                    .filter(n -> !(n instanceof Node.NullNode))
                    .filter(n -> !(n instanceof StringNode s && s.value().isEmpty()))
                    .map(TemplateValue::literal);
        }

        PolicyUnit policy(String origin, PolicyType type, String resourceType, StringNode json, List<String> notes) {
            return EmbeddedPolicy.fromText(
                    file,
                    origin,
                    type,
                    resourceType,
                    json.value(),
                    PlanStringMapping.of(plan.text(), plan.lines(), json.span()),
                    notes);
        }

        private PolicyUnit notChecked(
                PlanResource r, String origin, PolicyType type, String resourceType, Position at) {
            PolicyDocument unknown = PolicyDocument.unknown();
            String note = "Not checked: " + origin + " is known only after apply (after_unknown in the plan). "
                    + "Check it once it is known, e.g. by making its inputs known at plan time.";
            return new PolicyUnit(
                    file,
                    origin,
                    type,
                    resourceType,
                    unknown,
                    location -> at,
                    List.of(note),
                    List.of(SourceFindings.notChecked(
                            unknown.wholeDocument(),
                            origin + " is known only after apply (after_unknown in the plan).")));
        }
    }

    private static boolean isTrue(Optional<Node> node) {
        return node.isPresent() && node.get() instanceof Node.BooleanNode b && b.value();
    }

    private static Optional<ObjectNode> object(Optional<Node> node) {
        return node.filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast);
    }

    private static Optional<String> text(Optional<Node> node) {
        return node.filter(StringNode.class::isInstance).map(n -> ((StringNode) n).value());
    }
}
