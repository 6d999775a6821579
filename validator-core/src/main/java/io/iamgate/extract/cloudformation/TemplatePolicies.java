package io.iamgate.extract.cloudformation;

import io.iamgate.extract.EmbeddedPolicy;
import io.iamgate.extract.ExtractionException;
import io.iamgate.extract.LambdaPermissionPolicy;
import io.iamgate.extract.SourceFindings;
import io.iamgate.extract.TemplateValue;
import io.iamgate.extract.TemplateValue.Field;
import io.iamgate.extract.TemplateValue.Obj;
import io.iamgate.extract.TemplateValue.Str;
import io.iamgate.load.Node;
import io.iamgate.load.Node.ArrayNode;
import io.iamgate.load.Node.ObjectNode;
import io.iamgate.load.Position;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.model.SourceResource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every policy of one template, resolved and mapped back to the template's lines. Shared by the
 * CloudFormation and CDK extractors, which differ only in how they name a policy's origin.
 */
public final class TemplatePolicies {

    /** How a policy's origin is named in reports. */
    @FunctionalInterface
    public interface OriginNamer {
        String name(String logicalId, ObjectNode resource, String propertyPath);
    }

    /** {@code Resources.AppRole.Properties.Policies[0].PolicyDocument} */
    public static final OriginNamer CLOUDFORMATION =
            (id, resource, path) -> "Resources." + id + ".Properties" + (path.isEmpty() ? "" : "." + path);

    private final String file;
    private final IntrinsicResolver resolver;
    private final OriginNamer namer;
    private final List<ForEachExpansion.Unexpanded> unexpanded;

    /** The template's Fn::ForEach loops are expanded first; {@link #resolver()} holds the expanded template. */
    public TemplatePolicies(String file, Template template, StackEnvironment env, OriginNamer namer) {
        this.file = file;
        ForEachExpansion.Result expanded = ForEachExpansion.expand(template, env);
        this.resolver = new IntrinsicResolver(expanded.template(), env);
        this.unexpanded = expanded.unexpanded();
        this.namer = namer;
    }

    /** The resolver of this template, for values a caller needs in its context (exports, nested parameters). */
    public IntrinsicResolver resolver() {
        return resolver;
    }

    /** @throws ExtractionException when a resource's suppressions in its Metadata cannot be read */
    public List<PolicyUnit> extract() throws ExtractionException {
        List<PolicyUnit> units = new ArrayList<>();
        for (ForEachExpansion.Unexpanded loop : unexpanded) {
            if (loop.resources()) {
                units.add(notChecked("Resources." + loop.key(), loop.span().start(), loop.reason()));
            }
        }
        resolver.template()
                .root()
                .get("Resources")
                .filter(ObjectNode.class::isInstance)
                .map(ObjectNode.class::cast)
                .ifPresent(r -> r.members().stream()
                        .filter(m -> m.name().equals("Fn::Transform"))
                        .forEach(m -> units.add(notChecked(
                                "Resources.Fn::Transform", m.nameSpan().start(), transformReason(m)))));
        for (Map.Entry<String, ObjectNode> e : resolver.template().resources().entrySet()) {
            String id = e.getKey();
            ObjectNode resource = e.getValue();
            SourceResource held = ResourceSuppressions.of(file, id, resource);
            Optional<String> type = resolver.template().resourceType(id);
            if (type.isEmpty()) {
                continue;
            }
            List<PolicyProperties.Spec> specs = PolicyProperties.of(type.get());
            if (specs.isEmpty()) {
                continue;
            }
            Set<String> resourceNotes = new LinkedHashSet<>();
            resource.get("Condition")
                    .filter(Node.StringNode.class::isInstance)
                    .map(c -> ((Node.StringNode) c).value())
                    .ifPresent(
                            c -> resolver.condition(c)
                                    .ifPresentOrElse(
                                            value -> {
                                                if (!value) {
                                                    resourceNotes.add("Condition " + c + " of " + id
                                                            + " is false with the parameter defaults,"
                                                            + " so the resource may not be created; validated anyway.");
                                                }
                                            },
                                            () -> resourceNotes.add(
                                                    "Condition " + c + " of " + id
                                                            + " cannot be evaluated from parameter defaults; validated as if created.")));
            Optional<ObjectNode> properties = resource.get("Properties")
                    .filter(ObjectNode.class::isInstance)
                    .map(ObjectNode.class::cast);
            if (properties.isEmpty()) {
                continue;
            }
            Optional<Node.Member> whole = IntrinsicResolver.intrinsic(properties.get());
            if (whole.isPresent() && whole.get().name().equals("Fn::Transform")) {
                units.add(notChecked(
                        namer.name(id, resource, ""), properties.get().span().start(), transformReason(whole.get())));
                continue;
            }
            for (PolicyProperties.Spec spec : specs) {
                units.addAll(eachBranch(held, found -> {
                    if (spec.kind() == PolicyProperties.Kind.STATEMENT
                            && properties.get().get("Statement").isEmpty()) {
                        legacyEventBusPolicy(id, resource, properties.get(), spec, resourceNotes)
                                .ifPresent(found::add);
                        return;
                    }
                    switch (spec.kind()) {
                        case LAMBDA_PERMISSION, LAYER_PERMISSION ->
                            lambda(id, resource, properties.get(), spec, resourceNotes)
                                    .ifPresent(found::add);
                        default ->
                            walk(
                                    id,
                                    resource,
                                    type.get(),
                                    properties.get(),
                                    spec,
                                    spec.path().split("\\."),
                                    0,
                                    "",
                                    resourceNotes,
                                    null,
                                    found);
                    }
                }));
            }
        }
        return units;
    }

    /**
     * Reads a property's policies with every Fn::If whose condition the parameter defaults cannot decide taking its
     * first branch; when there was one, reads them again with each taking its second, so that neither branch goes
     * unchecked. Each unit's origin then names the branch it was read with.
     */
    private List<PolicyUnit> eachBranch(SourceResource held, java.util.function.Consumer<List<PolicyUnit>> read) {
        try {
            List<PolicyUnit> first = new ArrayList<>();
            resolver.assumeUnknownConditions(true);
            read.accept(first);
            first.replaceAll(u -> u.withResource(held));
            Set<String> conditions = resolver.assumedConditions();
            if (conditions.isEmpty()) {
                return first;
            }
            List<PolicyUnit> second = new ArrayList<>();
            resolver.assumeUnknownConditions(false);
            read.accept(second);
            String names = String.join(", ", new java.util.TreeSet<>(resolver.assumedConditions()));
            List<PolicyUnit> out = new ArrayList<>();
            first.forEach(u -> out.add(inBranch(u, names, true)));
            second.forEach(u -> out.add(inBranch(u.withResource(held), names, false)));
            return out;
        } finally {
            resolver.stopAssuming();
        }
    }

    /**
     * A part of the template in a policy position that iamgate could not read (a loop it could not expand): a
     * unit with no text, and a not-checked finding that says why, so that it is counted and never silent.
     */
    PolicyUnit notChecked(String origin, Position at, String reason) {
        io.iamgate.model.PolicyDocument unknown = io.iamgate.model.PolicyDocument.unknown();
        return new PolicyUnit(
                file,
                origin,
                PolicyType.IDENTITY_POLICY,
                null,
                unknown,
                location -> at,
                List.of(reason),
                List.of(SourceFindings.notChecked(unknown.wholeDocument(), reason)));
    }

    /** Why a Fn::Transform (AWS::Include, or a macro) leaves what it would insert unchecked. */
    private static String transformReason(Node.Member transform) {
        String name = transform.value() instanceof ObjectNode t
                ? t.get("Name")
                        .filter(Node.StringNode.class::isInstance)
                        .map(n -> ((Node.StringNode) n).value())
                        .orElse("")
                : "";
        return "Fn::Transform" + (name.isEmpty() ? "" : " " + name) + " at line "
                + transform.nameSpan().start().line()
                + " inserts content when the stack is deployed (a snippet from S3, or a macro's output), which "
                + "iamgate cannot read; the policies it would give are not checked.";
    }

    private static PolicyUnit inBranch(PolicyUnit u, String conditions, boolean value) {
        return new PolicyUnit(
                u.file(),
                io.iamgate.model.ConditionBranch.origin(u.origin(), conditions, value),
                u.policyType(),
                u.resourceType(),
                u.document(),
                u.sourceMapping(),
                u.notes(),
                u.sourceFindings(),
                u.resource());
    }

    /** Follows the spec's path below Properties, into every element of a {@code [*]} step. */
    private void walk(
            String id,
            ObjectNode resource,
            String type,
            Node node,
            PolicyProperties.Spec spec,
            String[] steps,
            int at,
            String concrete,
            Set<String> resourceNotes,
            String unknownChoice,
            List<PolicyUnit> units) {
        Set<String> notes = new LinkedHashSet<>(resourceNotes);
        int mark = resolver.unknownCount();
        Optional<Node> here = resolver.select(node, notes);
        // Inside eachBranch an undecidable Fn::If takes an assumed branch, so this marks only other unknowns.
        String choice = resolver.unknownSince(mark).orElse(unknownChoice);
        if (here.isEmpty()) {
            return;
        }
        if (at == steps.length) {
            policy(id, resource, type, here.get(), spec, concrete, notes)
                    .map(u -> choice == null
                            ? u
                            : u.withSourceFindings(
                                    List.of(SourceFindings.notChecked(
                                            u.document().wholeDocument(), choice)),
                                    u.sourceMapping()))
                    .ifPresent(units::add);
            return;
        }
        if (!(here.get() instanceof ObjectNode o)) {
            return;
        }
        Optional<Node.Member> fn = IntrinsicResolver.intrinsic(o);
        if (fn.isPresent()) {
            // e.g. Properties: {Fn::Transform: {Name: AWS::Include, ...}}: the policies below come from elsewhere
            units.add(notChecked(
                    namer.name(id, resource, concrete),
                    o.span().start(),
                    fn.get().name().equals("Fn::Transform")
                            ? transformReason(fn.get())
                            : fn.get().name() + " at line "
                                    + o.span().start().line() + " stands where the policies of " + id
                                    + " are; iamgate does not "
                                    + "evaluate it there, so they are not checked."));
            return;
        }
        String step = steps[at];
        boolean each = step.endsWith("[*]");
        String name = each ? step.substring(0, step.length() - 3) : step;
        Optional<Node> child = o.get(name);
        if (child.isEmpty()) {
            return;
        }
        String prefix = concrete.isEmpty() ? name : concrete + "." + name;
        if (!each) {
            walk(id, resource, type, child.get(), spec, steps, at + 1, prefix, notes, choice, units);
            return;
        }
        int listMark = resolver.unknownCount();
        Optional<Node> list = resolver.select(child.get(), notes);
        String listChoice = resolver.unknownSince(listMark).orElse(choice);
        if (list.isPresent() && list.get() instanceof ArrayNode a) {
            for (int i = 0; i < a.elements().size(); i++) {
                walk(
                        id,
                        resource,
                        type,
                        a.elements().get(i),
                        spec,
                        steps,
                        at + 1,
                        prefix + "[" + i + "]",
                        notes,
                        listChoice,
                        units);
            }
        }
    }

    private Optional<PolicyUnit> policy(
            String id,
            ObjectNode resource,
            String type,
            Node node,
            PolicyProperties.Spec spec,
            String path,
            Set<String> notes) {
        PolicyType policyType = spec.type();
        if (spec.kind() == PolicyProperties.Kind.INLINE_DOCUMENTS_ONLY) {
            // A string names a managed policy, an intrinsic (Ref) gives its ARN: references, not documents.
            if (!(node instanceof ObjectNode o)
                    || IntrinsicResolver.intrinsic(o).isPresent()) {
                return Optional.empty();
            }
            if (o.member("Statement").isEmpty()) {
                return samPolicyTemplate(id, resource, o, spec, path, notes);
            }
        }
        if (spec.kind() == PolicyProperties.Kind.ORGANIZATIONS) {
            Optional<String> orgType = resolver.template()
                    .properties(id)
                    .flatMap(p -> p.get("Type"))
                    .flatMap(t -> resolver.resolve(t, notes))
                    .flatMap(TemplateValue::scalarText);
            if (orgType.isEmpty()) {
                return Optional.empty();
            }
            switch (orgType.get()) {
                case "SERVICE_CONTROL_POLICY" -> policyType = PolicyType.SERVICE_CONTROL_POLICY;
                case "RESOURCE_CONTROL_POLICY" -> policyType = PolicyType.RESOURCE_CONTROL_POLICY;
                default -> {
                    return Optional.empty(); // tag, backup and AI opt-out policies are not IAM policies
                }
            }
        }
        Optional<TemplateValue> resolved = resolver.resolvePolicy(node, notes);
        if (resolved.isEmpty()) {
            return Optional.empty();
        }
        TemplateValue value = resolved.get();
        if (spec.kind() == PolicyProperties.Kind.STATEMENT) {
            Position p = value.origin();
            value = new Obj(
                    List.of(
                            new Field("Version", p, new Str("2012-10-17", p)),
                            new Field("Statement", p, new TemplateValue.Arr(List.of(value), p))),
                    p);
        }
        String origin = namer.name(id, resource, path);
        if (value instanceof Str s && s.unknown() != null && !s.value().trim().startsWith("{")) {
            return Optional.of(notChecked(origin, s.origin(), s.unknown())); // the whole policy is unknown
        }
        if (value instanceof Str s) {
            Position p = s.origin();
            return Optional.of(EmbeddedPolicy.fromText(
                    file,
                    origin,
                    policyType,
                    spec.validateType(),
                    s.value(),
                    s.unknown(),
                    location -> p,
                    List.copyOf(notes)));
        }
        return Optional.of(
                EmbeddedPolicy.unit(file, origin, policyType, spec.validateType(), value, List.copyOf(notes)));
    }

    /**
     * A SAM policy template ({@code S3ReadPolicy: {BucketName: ...}}), expanded from SAM's own definitions; a
     * name SAM does not know, or a template without the parameters it needs (SAM refuses both), is not checked.
     */
    private Optional<PolicyUnit> samPolicyTemplate(
            String id,
            ObjectNode resource,
            ObjectNode entry,
            PolicyProperties.Spec spec,
            String path,
            Set<String> notes) {
        SamPolicyTemplates sam = SamPolicyTemplates.bundled();
        String origin = namer.name(id, resource, path);
        Node.Member named = entry.members().isEmpty() ? null : entry.members().get(0);
        Optional<SamPolicyTemplates.PolicyTemplate> template =
                named == null || entry.members().size() != 1 ? Optional.empty() : sam.template(named.name());
        if (template.isEmpty()) {
            String what = named == null ? "An empty object" : "'" + named.name() + "'";
            return Optional.of(notChecked(
                    origin,
                    entry.span().start(),
                    what + " in the Policies of " + id
                            + " is neither a policy document nor a SAM policy template iamgate knows (those of "
                            + "aws-sam-translator " + sam.version() + "); what it grants is not checked."));
        }
        Map<String, Node> values = new java.util.LinkedHashMap<>();
        if (named.value() instanceof ObjectNode given) {
            given.members().forEach(m -> values.put(m.name(), m.value()));
        }
        List<String> missing = template.get().parameters().stream()
                .filter(p -> !values.containsKey(p))
                .toList();
        if (!missing.isEmpty()) {
            return Optional.of(notChecked(
                    origin + "." + named.name(),
                    named.nameSpan().start(),
                    "SAM policy "
                            + "template " + named.name() + " of " + id + " has no value for "
                            + String.join(", ", missing)
                            + "; SAM refuses it, so what it grants is not checked."));
        }
        Node document = SamPolicyTemplates.document(template.get(), values, named.nameSpan());
        Set<String> templateNotes = new LinkedHashSet<>(notes);
        templateNotes.add(
                "SAM policy template " + named.name() + " expanded from aws-sam-translator " + sam.version() + ".");
        return resolver.resolvePolicy(document, templateNotes)
                .map(value -> EmbeddedPolicy.unit(
                        file,
                        origin + "." + named.name(),
                        spec.type(),
                        spec.validateType(),
                        value,
                        List.copyOf(templateNotes)));
    }

    private Optional<PolicyUnit> lambda(
            String id,
            ObjectNode resource,
            ObjectNode properties,
            PolicyProperties.Spec spec,
            Set<String> resourceNotes) {
        Set<String> notes = new LinkedHashSet<>(resourceNotes);
        Position at = properties.span().start();
        StackEnvironment env = resolver.environment();
        boolean layer = spec.kind() == PolicyProperties.Kind.LAYER_PERMISSION;
        TemplateValue principal = prop(properties, "Principal", notes).orElse(new Str("*", at));
        TemplateValue action = prop(properties, "Action", notes).orElse(new Str("lambda:InvokeFunction", at));
        TemplateValue resourceArn;
        if (layer) {
            resourceArn = prop(properties, "LayerVersionArn", notes).orElse(new Str("*", at));
        } else {
            TemplateValue function = prop(properties, "FunctionName", notes).orElse(new Str("function", at));
            resourceArn = new Str(
                    LambdaPermissionPolicy.functionArn(
                            TemplateValue.scalarText(function).orElse(""),
                            env.partition(),
                            env.region(),
                            env.accountId()),
                    function.origin(),
                    function instanceof Str f ? f.unknown() : null);
        }
        Optional<TemplateValue> orgId = prop(properties, layer ? "OrganizationId" : "PrincipalOrgID", notes);
        TemplateValue policy = LambdaPermissionPolicy.of(
                new LambdaPermissionPolicy.Grant(
                        id,
                        principal,
                        action,
                        resourceArn,
                        layer ? Optional.empty() : prop(properties, "SourceArn", notes),
                        layer ? Optional.empty() : prop(properties, "SourceAccount", notes),
                        orgId,
                        layer ? Optional.empty() : prop(properties, "FunctionUrlAuthType", notes),
                        at),
                env.partition());
        return Optional.of(EmbeddedPolicy.unit(
                file, namer.name(id, resource, ""), spec.type(), spec.validateType(), policy, List.copyOf(notes)));
    }

    /**
     * An EventBusPolicy written with Action, Principal and Condition instead of Statement: the statement
     * EventBridge builds from them.
     */
    private Optional<PolicyUnit> legacyEventBusPolicy(
            String id,
            ObjectNode resource,
            ObjectNode properties,
            PolicyProperties.Spec spec,
            Set<String> resourceNotes) {
        if (properties.get("Action").isEmpty() && properties.get("Principal").isEmpty()) {
            return Optional.empty();
        }
        Set<String> notes = new LinkedHashSet<>(resourceNotes);
        Position at = properties.span().start();
        StackEnvironment env = resolver.environment();
        String bus = prop(properties, "EventBusName", notes)
                .flatMap(TemplateValue::scalarText)
                .orElse("default");
        Str busArn = new Str(
                bus.startsWith("arn:")
                        ? bus
                        : "arn:" + env.partition() + ":events:" + env.region() + ":" + env.accountId() + ":event-bus/"
                                + bus,
                at);
        Optional<TemplateValue> orgId = properties
                .get("Condition")
                .filter(ObjectNode.class::isInstance)
                .map(ObjectNode.class::cast)
                .filter(c -> c.get("Key")
                        .filter(k -> k instanceof Node.StringNode s && s.value().equalsIgnoreCase("aws:PrincipalOrgID"))
                        .isPresent())
                .flatMap(c -> c.get("Value"))
                .flatMap(v -> resolver.resolve(v, notes));
        if (properties.get("Condition").isPresent() && orgId.isEmpty()) {
            notes.add("The Condition of " + id + " is not aws:PrincipalOrgID; it is not part of the policy checked.");
        }
        String sid = prop(properties, "StatementId", notes)
                .flatMap(TemplateValue::scalarText)
                .orElse(id);
        TemplateValue policy = LambdaPermissionPolicy.of(
                new LambdaPermissionPolicy.Grant(
                        sid,
                        prop(properties, "Principal", notes).orElse(new Str("*", at)),
                        prop(properties, "Action", notes).orElse(new Str("events:PutEvents", at)),
                        busArn,
                        Optional.empty(),
                        Optional.empty(),
                        orgId,
                        Optional.empty(),
                        at),
                env.partition());
        return Optional.of(EmbeddedPolicy.unit(
                file, namer.name(id, resource, ""), spec.type(), spec.validateType(), policy, List.copyOf(notes)));
    }

    private Optional<TemplateValue> prop(ObjectNode properties, String name, Set<String> notes) {
        return properties.get(name).flatMap(n -> resolver.resolve(n, notes));
    }
}
