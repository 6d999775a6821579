package io.iamgate.extract.cloudformation;

import io.iamgate.extract.TemplateValue;
import io.iamgate.extract.TemplateValue.Arr;
import io.iamgate.extract.TemplateValue.Field;
import io.iamgate.extract.TemplateValue.Num;
import io.iamgate.extract.TemplateValue.Obj;
import io.iamgate.extract.TemplateValue.Str;
import io.iamgate.load.Node;
import io.iamgate.load.Node.ArrayNode;
import io.iamgate.load.Node.Member;
import io.iamgate.load.Node.ObjectNode;
import io.iamgate.load.Node.StringNode;
import io.iamgate.load.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves CloudFormation intrinsic functions in a policy to the value the stack would deploy, as far as
 * the template alone allows: parameter defaults, pseudo parameters, mappings, conditions on parameter
 * defaults, references to the template's own resources (as values of the shape the resource type returns).
 * What cannot be known becomes a well-formed placeholder and a note, so no finding comes from a placeholder
 * and nothing is skipped; the placeholder string carries why it is unknown ({@link Str#unknown()}), and so
 * does every string computed from it, so that the element is reported as not checked. Not thread-safe: one
 * resolver per template and thread.
 */
public final class IntrinsicResolver {

    /** What the position of a value in a policy says about its form, for placeholders. */
    enum Hint {
        NONE,
        ARN,
        ACCOUNT
    }

    private static final int MAX_DEPTH = 64;
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern DYNAMIC_REFERENCE = Pattern.compile("\\{\\{resolve:([a-z-]+):([^}]*)}}");
    private static final Set<String> ARN_ELEMENTS = Set.of("Resource", "NotResource");

    private final Template template;
    private final StackEnvironment env;
    private final Map<String, Optional<Boolean>> conditionValues = new HashMap<>();
    private final Set<String> conditionsInProgress = new HashSet<>();
    /** The branch an undecidable Fn::If takes while policies are read once per branch; null: not doing so. */
    private Boolean assumeUnknown;

    private final Set<String> assumed = new java.util.LinkedHashSet<>();
    /** Why each placeholder made so far is one, in order: a value computed after mark n depends on those after n. */
    private final List<String> unknowns = new ArrayList<>();

    private int depth;

    public IntrinsicResolver(Template template, StackEnvironment env) {
        this.template = template;
        this.env = env;
    }

    public Template template() {
        return template;
    }

    public StackEnvironment environment() {
        return env;
    }

    /** The resolved policy; empty when the whole value is {@code AWS::NoValue}. */
    public Optional<TemplateValue> resolvePolicy(Node node, Set<String> notes) {
        return resolve(node, Hint.NONE, null, notes);
    }

    /** The resolved value of a property (no hint about its form). */
    public Optional<TemplateValue> resolve(Node node, Set<String> notes) {
        return resolve(node, Hint.NONE, null, notes);
    }

    /**
     * Follows {@code Fn::If} and {@code AWS::NoValue} at a structural level (a list of policies, a property
     * that holds a policy), without resolving what is below.
     */
    public Optional<Node> select(Node node, Set<String> notes) {
        Node n = node;
        for (int i = 0; i < MAX_DEPTH; i++) {
            Optional<Member> fn = intrinsic(n);
            if (fn.isEmpty()) {
                return Optional.of(n);
            }
            String name = fn.get().name();
            if (name.equals("Ref")
                    && fn.get().value() instanceof StringNode s
                    && s.value().equals("AWS::NoValue")) {
                return Optional.empty();
            }
            if (!name.equals("Fn::If")
                    || !(fn.get().value() instanceof ArrayNode args)
                    || args.elements().size() != 3) {
                return Optional.of(n);
            }
            n = args.elements().get(branch(args.elements().get(0), notes) ? 1 : 2);
        }
        return Optional.of(n);
    }

    /** The value of a resource's {@code Condition}, evaluated on parameter defaults; empty when unknown. */
    public Optional<Boolean> condition(String name) {
        if (conditionValues.containsKey(name)) {
            return conditionValues.get(name);
        }
        if (!conditionsInProgress.add(name)) {
            return Optional.empty();
        }
        int mark = unknowns.size();
        Optional<Boolean> value =
                template.conditions().flatMap(c -> c.get(name)).flatMap(this::evaluate);
        unknowns.subList(mark, unknowns.size())
                .clear(); // an evaluated condition is known; an unknown one says so itself
        conditionsInProgress.remove(name);
        conditionValues.put(name, value);
        return value;
    }

    // ---- values

    private Optional<TemplateValue> resolve(Node node, Hint hint, String service, Set<String> notes) {
        if (++depth > MAX_DEPTH) {
            depth--;
            unknown(
                    "A value nests intrinsic functions more than " + MAX_DEPTH + " deep; a placeholder is used.",
                    notes);
            return Optional.of(new Str("placeholder", node.span().start(), unknowns.get(unknowns.size() - 1)));
        }
        try {
            Optional<Member> fn = intrinsic(node);
            if (fn.isPresent()) {
                int mark = unknowns.size();
                Optional<TemplateValue> value = function(fn.get(), node.span().start(), hint, service, notes);
                String reason = since(mark);
                // A chosen item (Select, FindInMap) keeps its own mark; anything computed from a placeholder is one.
                boolean chooses =
                        fn.get().name().equals("Fn::Select") || fn.get().name().equals("Fn::FindInMap");
                return reason == null || chooses ? value : value.map(v -> markUnknown(v, reason));
            }
            if (node instanceof ObjectNode o) {
                String statementService = service;
                if (o.member("Effect").isPresent()) {
                    statementService = firstActionService(o).orElse(service);
                }
                List<Field> fields = new ArrayList<>();
                for (Member m : o.members()) {
                    Hint childHint = ARN_ELEMENTS.contains(m.name())
                            ? Hint.ARN
                            : m.name().equals("AWS") ? Hint.ACCOUNT : hint;
                    Optional<TemplateValue> v = resolve(m.value(), childHint, statementService, notes);
                    v.ifPresent(
                            value -> fields.add(new Field(m.name(), m.nameSpan().start(), value)));
                }
                return Optional.of(new Obj(fields, node.span().start()));
            }
            if (node instanceof ArrayNode a) {
                List<TemplateValue> items = new ArrayList<>();
                for (Node e : a.elements()) {
                    resolve(e, hint, service, notes).ifPresent(items::add);
                }
                return Optional.of(new Arr(items, node.span().start()));
            }
            if (node instanceof StringNode s) {
                int mark = unknowns.size();
                String value = dynamicReferences(s.value(), notes);
                return Optional.of(new Str(value, s.span().start(), since(mark)));
            }
            return Optional.of(TemplateValue.literal(node));
        } finally {
            depth--;
        }
    }

    private Optional<TemplateValue> function(Member fn, Position at, Hint hint, String service, Set<String> notes) {
        Node arg = fn.value();
        switch (fn.name()) {
            case "Ref":
                return ref(text(arg, notes).orElse(""), at, hint, service, notes);
            case "Fn::GetAtt":
                return Optional.of(getAtt(arg, at, hint, service, notes));
            case "Fn::Sub":
                return Optional.of(new Str(sub(arg, at, notes), at));
            case "Fn::Join":
                return Optional.of(join(arg, at, notes));
            case "Fn::Select":
                return select(arg, at, hint, service, notes);
            case "Fn::Split":
                return Optional.of(split(arg, at, notes));
            case "Fn::FindInMap":
                return findInMap(arg, at, hint, service, notes);
            case "Fn::If":
                if (arg instanceof ArrayNode args && args.elements().size() == 3) {
                    Node chosen = args.elements().get(branch(args.elements().get(0), notes) ? 1 : 2);
                    return resolve(chosen, hint, service, notes);
                }
                unknown(
                        "Fn::If at line " + at.line() + " does not have three arguments; a placeholder is used.",
                        notes);
                return Optional.of(placeholder("if", at, hint, service));
            case "Fn::ImportValue":
                return Optional.of(importValue(arg, at, hint, service, notes));
            case "Fn::Base64":
                return resolve(arg, hint, service, notes);
            case "Fn::GetAZs": {
                String region = text(arg, notes).filter(r -> !r.isEmpty()).orElse(env.region());
                return Optional.of(new Arr(
                        List.of(new Str(region + "a", at), new Str(region + "b", at), new Str(region + "c", at)), at));
            }
            case "Fn::ToJsonString":
                return resolve(arg, hint, service, notes)
                        .map(v -> new Str(
                                io.iamgate.extract.PolicyText.render(v)
                                        .text()
                                        .replace(", ", ",")
                                        .replace(": ", ":"),
                                at));
            case "Fn::Length":
                return resolve(arg, hint, service, notes)
                        .map(v -> new Num(
                                String.valueOf(v instanceof Arr a ? a.items().size() : 1), at));
            default:
                unknown(fn.name() + " at line " + at.line() + " is not evaluated; a placeholder is used.", notes);
                return Optional.of(
                        placeholder(fn.name().replace("Fn::", "").toLowerCase(Locale.ROOT), at, hint, service));
        }
    }

    private Optional<TemplateValue> ref(String name, Position at, Hint hint, String service, Set<String> notes) {
        switch (name) {
            case "AWS::NoValue":
                return Optional.empty();
            case "AWS::AccountId":
                return Optional.of(new Str(env.accountId(), at));
            case "AWS::Region":
                return Optional.of(new Str(env.region(), at));
            case "AWS::Partition":
                return Optional.of(new Str(env.partition(), at));
            case "AWS::URLSuffix":
                return Optional.of(new Str(env.urlSuffix(), at));
            case "AWS::StackName":
                return Optional.of(new Str(env.stackName(), at));
            case "AWS::StackId":
                return Optional.of(new Str(env.stackId(), at));
            case "AWS::NotificationARNs":
                return Optional.of(new Arr(List.of(), at));
            default:
                break;
        }
        ObjectNode parameter = template.parameters().get(name);
        if (parameter != null && env.parameters().containsKey(name) && !fromSsm(parameter, notes)) {
            return Optional.of(given(env.parameters().get(name), parameter, at, notes));
        }
        if (parameter != null) {
            return Optional.of(parameter(name, parameter, at, hint, service, notes));
        }
        Optional<String> type = template.resourceType(name);
        if (type.isPresent()) {
            return Optional.of(resourceRef(name, type.get(), at, hint, notes));
        }
        unknown(
                "Ref " + name + " at line " + at.line()
                        + " names no parameter or resource of the template; a placeholder is used.",
                notes);
        return Optional.of(placeholder(name, at, hint, service));
    }

    private TemplateValue parameter(
            String name, ObjectNode declaration, Position at, Hint hint, String service, Set<String> notes) {
        String type = declaration.get("Type").flatMap(t -> text(t, notes)).orElse("String");
        Optional<Node> dflt = declaration.get("Default");
        if (dflt.isEmpty() || type.startsWith("AWS::SSM::Parameter::Value")) {
            unknown(
                    "Parameter " + name + " has " + (dflt.isEmpty() ? "no default" : "a value read from SSM")
                            + "; a placeholder is used for it (line " + at.line() + ").",
                    notes);
            return placeholder(name, at, hint, service);
        }
        String value =
                TemplateValue.scalarText(TemplateValue.literal(dflt.get())).orElse("");
        if (type.startsWith("List<") || type.equals("CommaDelimitedList")) {
            List<TemplateValue> items = new ArrayList<>();
            for (String part : value.split(",", -1)) {
                items.add(new Str(part.trim(), at));
            }
            return new Arr(items, at);
        }
        return new Str(value, at);
    }

    /** A parameter whose value comes from SSM: a value given for it names the SSM parameter, not its value. */
    private boolean fromSsm(ObjectNode declaration, Set<String> notes) {
        return declaration
                .get("Type")
                .flatMap(t -> text(t, notes))
                .orElse("String")
                .startsWith("AWS::SSM::Parameter::Value");
    }

    /** A value given from outside the template, as CloudFormation reads it: a list parameter's text is split. */
    private TemplateValue given(TemplateValue value, ObjectNode declaration, Position at, Set<String> notes) {
        String type = declaration.get("Type").flatMap(t -> text(t, notes)).orElse("String");
        if (value instanceof Str s && (type.startsWith("List<") || type.equals("CommaDelimitedList"))) {
            List<TemplateValue> items = new ArrayList<>();
            for (String part : s.value().split(",", -1)) {
                items.add(new Str(part.trim(), at, s.unknown()));
            }
            return new Arr(items, at);
        }
        return reposition(value, at);
    }

    private TemplateValue resourceRef(String logicalId, String type, Position at, Hint hint, Set<String> notes) {
        Optional<ResourceShapes.Shape> shape = ResourceShapes.of(type);
        if (hint == Hint.ARN) {
            return new Str(arn(logicalId, type, notes), at);
        }
        ResourceShapes.RefKind kind = shape.map(ResourceShapes.Shape::ref).orElse(ResourceShapes.RefKind.ID);
        return new Str(
                switch (kind) {
                    case NAME -> physicalName(logicalId, notes);
                    case ARN -> arn(logicalId, type, notes);
                    case ID -> ResourceShapes.placeholderId(type, logicalId);
                    case URL ->
                        "https://sqs." + env.region() + "." + env.urlSuffix() + "/" + env.accountId() + "/"
                                + physicalName(logicalId, notes);
                },
                at);
    }

    private TemplateValue getAtt(Node arg, Position at, Hint hint, String service, Set<String> notes) {
        String logicalId;
        String attribute;
        if (arg instanceof ArrayNode a && a.elements().size() == 2) {
            logicalId = text(a.elements().get(0), notes).orElse("");
            attribute = text(a.elements().get(1), notes).orElse("");
        } else {
            String s = text(arg, notes).orElse("");
            int dot = s.indexOf('.');
            logicalId = dot < 0 ? s : s.substring(0, dot);
            attribute = dot < 0 ? "" : s.substring(dot + 1);
        }
        return new Str(attribute(logicalId, attribute, at, hint, service, notes), at);
    }

    private String attribute(
            String logicalId, String attribute, Position at, Hint hint, String service, Set<String> notes) {
        TemplateValue given = env.attributes().get(logicalId + "." + attribute);
        if (given != null) {
            return TemplateValue.scalarText(given)
                    .orElseGet(() -> placeholderText(logicalId + "-" + attribute, hint, service));
        }
        Optional<String> type = template.resourceType(logicalId);
        if (type.isEmpty()) {
            unknown(
                    "Fn::GetAtt " + logicalId + "." + attribute + " at line " + at.line()
                            + " names no resource of the template; a placeholder is used.",
                    notes);
            return placeholderText(logicalId + "-" + attribute, hint, service);
        }
        String t = type.get();
        boolean known = ResourceShapes.of(t).isPresent();
        if (!known
                && (t.startsWith("Custom::")
                        || t.equals("AWS::CloudFormation::CustomResource")
                        || t.equals("AWS::CloudFormation::Stack")
                        || t.equals("AWS::Serverless::Application"))) {
            unknown(
                    "Fn::GetAtt " + logicalId + "." + attribute + " at line " + at.line()
                            + " is computed when the stack is deployed; a placeholder is used.",
                    notes);
            return placeholderText(logicalId + "-" + attribute, hint, service);
        }
        if (attribute.equals("Arn") || (attribute.endsWith("Arn") && !attribute.equals("StreamArn"))) {
            return arn(logicalId, t, notes);
        }
        if (attribute.equals("StreamArn") || attribute.equals("LatestStreamArn")) {
            return arn(logicalId, t, notes) + "/stream/2024-01-01T00:00:00.000";
        }
        if (attribute.equals("QueueUrl")) {
            return resourceRefText(logicalId, "AWS::SQS::Queue", notes);
        }
        if (attribute.endsWith("Name")) {
            return physicalName(logicalId, notes);
        }
        if (attribute.equals("RoleId") || attribute.equals("UserId") || attribute.equals("GroupId")) {
            return "AROAEXAMPLEPLACEHOLD";
        }
        if (attribute.endsWith("Id")) {
            return ResourceShapes.placeholderId(t, logicalId);
        }
        if (attribute.equals("DomainName") || attribute.equals("RegionalDomainName")) {
            return physicalName(logicalId, notes) + ".s3." + env.urlSuffix();
        }
        unknown(
                "Fn::GetAtt " + logicalId + "." + attribute + " at line " + at.line()
                        + " is only known once deployed; a placeholder is used.",
                notes);
        return placeholderText(logicalId + "-" + attribute, hint, service);
    }

    private String resourceRefText(String logicalId, String type, Set<String> notes) {
        return ((Str) resourceRef(logicalId, type, null, Hint.NONE, notes)).value();
    }

    /** The resource's physical name: its name property when the template sets one, else a generated one. */
    private String physicalName(String logicalId, Set<String> notes) {
        Optional<String> type = template.resourceType(logicalId);
        Optional<String> property = type.flatMap(ResourceShapes::of).map(ResourceShapes.Shape::nameProperty);
        if (property.isPresent()) {
            Optional<Node> set = template.properties(logicalId).flatMap(p -> p.get(property.get()));
            if (set.isPresent()) {
                Optional<String> name =
                        resolve(set.get(), Hint.NONE, null, notes).flatMap(TemplateValue::scalarText);
                if (name.isPresent()) {
                    return name.get();
                }
            }
        }
        return ResourceShapes.physicalName(logicalId);
    }

    private String arn(String logicalId, String type, Set<String> notes) {
        Optional<ResourceShapes.Shape> shape = ResourceShapes.of(type);
        String pattern = shape.map(ResourceShapes.Shape::arn).orElseGet(() -> ResourceShapes.genericArnPattern(type));
        if (shape.isPresent()
                && shape.get().ref() == ResourceShapes.RefKind.ID
                && shape.get().nameProperty() == null) {
            return fill(pattern, ResourceShapes.placeholderId(type, logicalId));
        }
        return fill(pattern, physicalName(logicalId, notes));
    }

    private String fill(String pattern, String name) {
        return pattern.replace("{p}", env.partition())
                .replace("{r}", env.region())
                .replace("{a}", env.accountId())
                .replace("{name}", name);
    }

    private String sub(Node arg, Position at, Set<String> notes) {
        String body;
        Map<String, Node> variables = new HashMap<>();
        if (arg instanceof ArrayNode a && !a.elements().isEmpty()) {
            body = text(a.elements().get(0), notes).orElse("");
            if (a.elements().size() > 1 && a.elements().get(1) instanceof ObjectNode vars) {
                for (Member m : vars.members()) {
                    variables.put(m.name(), m.value());
                }
            }
        } else {
            body = text(arg, notes).orElse("");
        }
        StringBuilder out = new StringBuilder();
        Matcher m = SUB_VARIABLE.matcher(body);
        int last = 0;
        while (m.find()) {
            out.append(body, last, m.start());
            String name = m.group(1).trim();
            if (name.startsWith("!")) {
                out.append("${").append(name.substring(1)).append('}');
            } else {
                out.append(subVariable(name, variables, at, notes));
            }
            last = m.end();
        }
        out.append(body.substring(last));
        return dynamicReferences(out.toString(), notes);
    }

    private String subVariable(String name, Map<String, Node> variables, Position at, Set<String> notes) {
        if (variables.containsKey(name)) {
            return resolve(variables.get(name), Hint.NONE, null, notes)
                    .map(v -> joinText(v, at, notes))
                    .orElse("");
        }
        int dot = name.indexOf('.');
        if (dot > 0 && !name.startsWith("AWS::")) {
            return attribute(name.substring(0, dot), name.substring(dot + 1), at, Hint.NONE, null, notes);
        }
        return ref(name, at, Hint.NONE, null, notes)
                .map(v -> joinText(v, at, notes))
                .orElse("");
    }

    private TemplateValue join(Node arg, Position at, Set<String> notes) {
        Optional<String> literal = LiteralJoin.fold(arg);
        if (literal.isPresent()) {
            return new Str(literal.get(), at);
        }
        if (!(arg instanceof ArrayNode a) || a.elements().size() != 2) {
            unknown("Fn::Join at line " + at.line() + " needs a delimiter and a list; a placeholder is used.", notes);
            return new Str("placeholder", at);
        }
        String delimiter = text(a.elements().get(0), notes).orElse("");
        Optional<TemplateValue> list = resolve(a.elements().get(1), Hint.NONE, null, notes);
        List<String> parts = new ArrayList<>();
        if (list.isPresent() && list.get() instanceof Arr items) {
            for (TemplateValue item : items.items()) {
                parts.add(joinText(item, at, notes));
            }
        } else {
            list.ifPresent(v -> parts.add(joinText(v, at, notes)));
        }
        return new Str(String.join(delimiter, parts), at);
    }

    private String joinText(TemplateValue v, Position at, Set<String> notes) {
        Optional<String> s = TemplateValue.scalarText(v);
        if (s.isPresent()) {
            return s.get();
        }
        if (v instanceof Arr a) {
            List<String> parts = new ArrayList<>();
            for (TemplateValue item : a.items()) {
                parts.add(joinText(item, at, notes));
            }
            return String.join(",", parts);
        }
        unknown("A value at line " + at.line() + " that must be a string is an object; a placeholder is used.", notes);
        return "placeholder";
    }

    private Optional<TemplateValue> select(Node arg, Position at, Hint hint, String service, Set<String> notes) {
        if (arg instanceof ArrayNode a && a.elements().size() == 2) {
            Optional<Integer> index = resolve(a.elements().get(0), Hint.NONE, null, notes)
                    .flatMap(TemplateValue::scalarText)
                    .flatMap(IntrinsicResolver::integer);
            Optional<TemplateValue> list = resolve(a.elements().get(1), hint, service, notes);
            if (index.isPresent()
                    && list.isPresent()
                    && list.get() instanceof Arr items
                    && index.get() >= 0
                    && index.get() < items.items().size()) {
                TemplateValue chosen = items.items().get(index.get());
                return Optional.of(chosen);
            }
        }
        unknown("Fn::Select at line " + at.line() + " could not be evaluated; a placeholder is used.", notes);
        return Optional.of(placeholder("select", at, hint, service));
    }

    private TemplateValue split(Node arg, Position at, Set<String> notes) {
        if (arg instanceof ArrayNode a && a.elements().size() == 2) {
            String delimiter = text(a.elements().get(0), notes).orElse(",");
            Optional<String> s =
                    resolve(a.elements().get(1), Hint.NONE, null, notes).flatMap(TemplateValue::scalarText);
            if (s.isPresent() && !delimiter.isEmpty()) {
                List<TemplateValue> items = new ArrayList<>();
                for (String part : s.get().split(Pattern.quote(delimiter), -1)) {
                    items.add(new Str(part, at));
                }
                return new Arr(items, at);
            }
        }
        unknown("Fn::Split at line " + at.line() + " could not be evaluated; a placeholder is used.", notes);
        return new Arr(List.of(new Str("placeholder", at)), at);
    }

    private Optional<TemplateValue> findInMap(Node arg, Position at, Hint hint, String service, Set<String> notes) {
        if (arg instanceof ArrayNode a && a.elements().size() >= 3) {
            Optional<String> map =
                    resolve(a.elements().get(0), Hint.NONE, null, notes).flatMap(TemplateValue::scalarText);
            Optional<String> first =
                    resolve(a.elements().get(1), Hint.NONE, null, notes).flatMap(TemplateValue::scalarText);
            Optional<String> second =
                    resolve(a.elements().get(2), Hint.NONE, null, notes).flatMap(TemplateValue::scalarText);
            if (map.isPresent() && first.isPresent() && second.isPresent()) {
                Optional<Node> found = template.mappings()
                        .flatMap(m -> m.get(map.get()))
                        .flatMap(m -> m instanceof ObjectNode o ? o.get(first.get()) : Optional.empty())
                        .flatMap(m -> m instanceof ObjectNode o ? o.get(second.get()) : Optional.empty());
                if (found.isPresent()) {
                    return resolve(found.get(), hint, service, notes);
                }
            }
            if (a.elements().size() == 4
                    && a.elements().get(3) instanceof ObjectNode options
                    && options.get("DefaultValue").isPresent()) {
                return resolve(options.get("DefaultValue").get(), hint, service, notes);
            }
        }
        unknown("Fn::FindInMap at line " + at.line() + " finds no entry in Mappings; a placeholder is used.", notes);
        return Optional.of(placeholder("mapping", at, hint, service));
    }

    private TemplateValue importValue(Node arg, Position at, Hint hint, String service, Set<String> notes) {
        Optional<String> name = resolve(arg, Hint.NONE, null, notes).flatMap(TemplateValue::scalarText);
        if (name.isPresent() && env.exports().containsKey(name.get())) {
            return reposition(env.exports().get(name.get()), at);
        }
        unknown(
                "Fn::ImportValue " + name.orElse("(computed name)") + " at line " + at.line()
                        + " is exported by no stack checked in this run; a placeholder is used.",
                notes);
        return placeholder(name.orElse("import"), at, hint, service);
    }

    /** An imported value comes from another file: place all of it at the import (a placeholder stays one). */
    private static TemplateValue reposition(TemplateValue v, Position at) {
        if (v instanceof Arr a) {
            return new Arr(a.items().stream().map(i -> reposition(i, at)).toList(), at);
        }
        if (v instanceof Obj o) {
            return new Obj(
                    o.fields().stream()
                            .map(f -> new Field(f.name(), at, reposition(f.value(), at)))
                            .toList(),
                    at);
        }
        if (v instanceof Str s) {
            return new Str(s.value(), at, s.unknown());
        }
        if (v instanceof Num n) {
            return new Num(n.text(), at);
        }
        if (v instanceof TemplateValue.Bool b) {
            return new TemplateValue.Bool(b.value(), at);
        }
        return new TemplateValue.Null(at);
    }

    /** Every string of the value, marked as not known for this reason (unless it already says why). */
    private static TemplateValue markUnknown(TemplateValue v, String reason) {
        if (v instanceof Arr a) {
            return new Arr(a.items().stream().map(i -> markUnknown(i, reason)).toList(), a.origin());
        }
        if (v instanceof Obj o) {
            return new Obj(
                    o.fields().stream()
                            .map(f -> new Field(f.name(), f.nameOrigin(), markUnknown(f.value(), reason)))
                            .toList(),
                    o.origin());
        }
        if (v instanceof Str s && s.unknown() == null) {
            return new Str(s.value(), s.origin(), reason);
        }
        return v;
    }

    /** Records that a placeholder stands for a value the template does not give: a note, and the reason. */
    private void unknown(String note, Set<String> notes) {
        notes.add(note);
        unknowns.add(note);
    }

    /** A mark for {@link #unknownSince}: how many placeholders were made so far. */
    public int unknownCount() {
        return unknowns.size();
    }

    /** Why what was resolved or selected since the mark is not known; empty when it is. */
    public Optional<String> unknownSince(int mark) {
        return Optional.ofNullable(since(mark));
    }

    /** Why the values made since the mark are not known, or null when they are. */
    private String since(int mark) {
        if (unknowns.size() == mark) {
            return null;
        }
        LinkedHashSet<String> reasons = new LinkedHashSet<>(unknowns.subList(mark, unknowns.size()));
        return String.join(" ", reasons.stream().limit(3).toList()) + (reasons.size() > 3 ? " ..." : "");
    }

    /** {@code {{resolve:ssm:...}}} is read at deploy time: keep a placeholder of the same kind. */
    private String dynamicReferences(String s, Set<String> notes) {
        if (!s.contains("{{resolve:")) {
            return s;
        }
        Matcher m = DYNAMIC_REFERENCE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            unknown(
                    "Dynamic reference {{resolve:" + m.group(1) + ":" + m.group(2)
                            + "}} is read when the stack is deployed; a placeholder is used.",
                    notes);
            m.appendReplacement(out, "placeholder-" + m.group(1));
        }
        m.appendTail(out);
        return out.toString();
    }

    // ---- placeholders

    private TemplateValue placeholder(String name, Position at, Hint hint, String service) {
        return new Str(
                placeholderText(name, hint, service),
                at,
                unknowns.isEmpty() ? null : unknowns.get(unknowns.size() - 1));
    }

    /** A stand-in that is well formed where it stands: an ARN of the statement's service, an account, a name. */
    private String placeholderText(String name, Hint hint, String service) {
        String clean = name.replaceAll("[^A-Za-z0-9-]", "-").toLowerCase(Locale.ROOT);
        String id = "placeholder-" + clean;
        if (hint == Hint.ACCOUNT) {
            return "arn:" + env.partition() + ":iam::" + env.accountId() + ":root";
        }
        if (hint == Hint.ARN) {
            String svc = service == null ? "iam" : service;
            return switch (svc) {
                case "s3" -> "arn:" + env.partition() + ":s3:::" + id;
                case "iam", "sts" -> "arn:" + env.partition() + ":iam::" + env.accountId() + ":role/" + id;
                default -> "arn:" + env.partition() + ":" + svc + ":" + env.region() + ":" + env.accountId() + ":" + id;
            };
        }
        return id;
    }

    private Optional<String> firstActionService(ObjectNode statement) {
        Optional<Node> action = statement.get("Action").or(() -> statement.get("NotAction"));
        if (action.isEmpty()) {
            return Optional.empty();
        }
        Node first = action.get() instanceof ArrayNode a && !a.elements().isEmpty()
                ? a.elements().get(0)
                : action.get();
        if (first instanceof StringNode s && s.value().indexOf(':') > 0) {
            return Optional.of(s.value().substring(0, s.value().indexOf(':')).toLowerCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    // ---- conditions

    /**
     * From now on, an Fn::If whose condition the parameter defaults cannot decide takes the first branch
     * ({@code true}) or the second ({@code false}) as if the condition were known, and the condition is recorded
     * ({@link #assumedConditions}): the caller reads the policy once with each, so that both branches are checked.
     */
    public void assumeUnknownConditions(boolean value) {
        assumeUnknown = value;
    }

    /** Back to reading an undecidable Fn::If with its first branch and a not-checked mark; forgets the record. */
    public void stopAssuming() {
        assumeUnknown = null;
        assumed.clear();
    }

    /** The undecidable conditions an Fn::If met since {@link #assumeUnknownConditions} took a branch of. */
    public Set<String> assumedConditions() {
        return Set.copyOf(assumed);
    }

    /** True for the first branch; an unknown condition takes the assumed branch, else the first with a note. */
    private boolean branch(Node condition, Set<String> notes) {
        String name = text(condition, notes).orElse("");
        Optional<Boolean> value = condition(name);
        if (value.isEmpty() && assumeUnknown != null) {
            assumed.add(name);
            notes.add("Condition " + name + " cannot be evaluated from parameter defaults; both branches of Fn::If at "
                    + "line " + condition.span().start().line() + " are validated, this policy with the "
                    + (assumeUnknown ? "first" : "second") + ".");
            return assumeUnknown;
        }
        if (value.isEmpty()) {
            unknown(
                    "Condition " + name + " cannot be evaluated from parameter defaults; Fn::If at line "
                            + condition.span().start().line() + " is read with its first branch.",
                    notes);
            return true;
        }
        return value.get();
    }

    private Optional<Boolean> evaluate(Node node) {
        Optional<Member> fn = intrinsic(node);
        if (fn.isEmpty()) {
            if (node instanceof Node.BooleanNode b) {
                return Optional.of(b.value());
            }
            return Optional.empty();
        }
        Node arg = fn.get().value();
        List<Node> args = arg instanceof ArrayNode a ? a.elements() : List.of(arg);
        switch (fn.get().name()) {
            case "Condition":
                return arg instanceof StringNode s ? condition(s.value()) : Optional.empty();
            case "Fn::Not":
                return args.size() == 1 ? evaluate(args.get(0)).map(b -> !b) : Optional.empty();
            case "Fn::And": {
                boolean unknown = false;
                for (Node n : args) {
                    Optional<Boolean> v = evaluate(n);
                    if (v.isPresent() && !v.get()) {
                        return Optional.of(false);
                    }
                    unknown |= v.isEmpty();
                }
                return unknown ? Optional.empty() : Optional.of(true);
            }
            case "Fn::Or": {
                boolean unknown = false;
                for (Node n : args) {
                    Optional<Boolean> v = evaluate(n);
                    if (v.isPresent() && v.get()) {
                        return Optional.of(true);
                    }
                    unknown |= v.isEmpty();
                }
                return unknown ? Optional.empty() : Optional.of(false);
            }
            case "Fn::Equals": {
                if (args.size() != 2) {
                    return Optional.empty();
                }
                Set<String> scratch = new HashSet<>();
                Optional<TemplateValue> a = resolve(args.get(0), Hint.NONE, null, scratch);
                Optional<TemplateValue> b = resolve(args.get(1), Hint.NONE, null, scratch);
                if (!scratch.isEmpty() || a.isEmpty() || b.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(plain(a.get()).equals(plain(b.get())));
            }
            default:
                return Optional.empty();
        }
    }

    /** The value without positions, for comparisons. */
    private static String plain(TemplateValue v) {
        return TemplateValue.scalarText(v)
                .orElseGet(() -> io.iamgate.extract.PolicyText.render(v).text());
    }

    // ---- helpers

    /** The intrinsic function a node is: an object with one member named Ref, Condition or Fn::*. */
    static Optional<Member> intrinsic(Node node) {
        if (node instanceof ObjectNode o && o.members().size() == 1) {
            Member m = o.members().get(0);
            if (m.name().equals("Ref")
                    || m.name().startsWith("Fn::")
                    || m.name().equals("Condition")) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private Optional<String> text(Node node, Set<String> notes) {
        if (node instanceof StringNode s) {
            return Optional.of(s.value());
        }
        return resolve(node, Hint.NONE, null, notes).flatMap(TemplateValue::scalarText);
    }

    private static Optional<Integer> integer(String s) {
        try {
            return Optional.of(Integer.parseInt(s.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
