package io.iamgate.extract.cloudformation;

import io.iamgate.extract.TemplateValue;
import io.iamgate.load.Node;
import io.iamgate.load.Node.ArrayNode;
import io.iamgate.load.Node.Member;
import io.iamgate.load.Node.ObjectNode;
import io.iamgate.load.Node.StringNode;
import io.iamgate.load.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Fn::ForEach} of the {@code AWS::LanguageExtensions} transform, expanded as CloudFormation expands it:
 * {@code Fn::ForEach::Name: [Identifier, Collection, {OutputKey: Fragment}]} becomes one copy of the fragment per
 * item of the collection (a literal list, or a list the parameters give), with {@code ${Identifier}} and
 * {@code &{Identifier}} (non-alphanumeric characters dropped) replaced in the output keys, and {@code Ref} of the
 * identifier and {@code ${Identifier}} in {@code Fn::Sub} replaced in the fragment; loops nest. Each copy keeps the
 * fragment's positions, so a finding points at the line that wrote it. A loop whose collection is not known, or
 * that would go beyond the bounds, is not expanded: it is returned as {@link Unexpanded}, for a not-checked note.
 */
final class ForEachExpansion {

    static final String PREFIX = "Fn::ForEach::";
    /** CloudFormation allows five nested loops; more is an authoring error, reported rather than followed. */
    static final int MAX_NESTING = 5;
    /** Copies of fragments per template, far above what CloudFormation's 500 resources can use. */
    static final int MAX_COPIES = 10_000;

    private static final Pattern KEY_VARIABLE = Pattern.compile("([$&])\\{([^}]*)}");

    /** A loop that was not expanded: its key, where it is, why; {@code resources} when it is in Resources. */
    record Unexpanded(String key, Span span, String reason, boolean resources) {}

    record Result(Template template, List<Unexpanded> unexpanded) {}

    private final IntrinsicResolver resolver;
    private final List<Unexpanded> unexpanded = new ArrayList<>();
    private int copies;
    /** The top-level section being expanded (Resources, Outputs, Conditions...). */
    private String section = "";

    private ForEachExpansion(IntrinsicResolver resolver) {
        this.resolver = resolver;
    }

    /** The template with its loops expanded; the same template when it has none. */
    static Result expand(Template template, StackEnvironment env) {
        if (!hasLoop(template.root(), 0)) {
            return new Result(template, List.of());
        }
        ForEachExpansion expansion = new ForEachExpansion(new IntrinsicResolver(template, env));
        List<Member> sections = new ArrayList<>();
        for (Member m : template.root().members()) {
            expansion.section = m.name();
            sections.add(new Member(m.name(), m.nameSpan(), expansion.node(m.value(), Map.of(), 0)));
        }
        Node root = new ObjectNode(sections, template.root().span());
        Template expanded = Template.of(root).orElse(template);
        return new Result(expanded, List.copyOf(expansion.unexpanded));
    }

    private static boolean hasLoop(Node n, int depth) {
        if (depth > 64) {
            return false;
        }
        if (n instanceof ObjectNode o) {
            for (Member m : o.members()) {
                if (m.name().startsWith(PREFIX) || hasLoop(m.value(), depth + 1)) {
                    return true;
                }
            }
        } else if (n instanceof ArrayNode a) {
            for (Node e : a.elements()) {
                if (hasLoop(e, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Node node(Node n, Map<String, String> bindings, int nesting) {
        if (n instanceof ObjectNode o) {
            Optional<Member> fn = IntrinsicResolver.intrinsic(o);
            if (fn.isPresent() && !bindings.isEmpty()) {
                Optional<Node> bound = bound(fn.get(), o, bindings, nesting);
                if (bound.isPresent()) {
                    return bound.get();
                }
            }
            List<Member> members = new ArrayList<>();
            for (Member m : o.members()) {
                if (m.name().startsWith(PREFIX)) {
                    loop(m, bindings, nesting, members);
                } else {
                    members.add(new Member(key(m.name(), bindings), m.nameSpan(), node(m.value(), bindings, nesting)));
                }
            }
            return new ObjectNode(members, o.span());
        }
        if (n instanceof ArrayNode a) {
            List<Node> elements = new ArrayList<>();
            for (Node e : a.elements()) {
                elements.add(node(e, bindings, nesting));
            }
            return new ArrayNode(elements, a.span());
        }
        return n;
    }

    /** {@code Ref: Identifier} and {@code Fn::Sub} inside a loop's fragment, with the identifiers' values. */
    private Optional<Node> bound(Member fn, ObjectNode o, Map<String, String> bindings, int nesting) {
        if (fn.name().equals("Ref") && fn.value() instanceof StringNode s && bindings.containsKey(s.value())) {
            return Optional.of(new StringNode(bindings.get(s.value()), o.span()));
        }
        if (!fn.name().equals("Fn::Sub")) {
            return Optional.empty();
        }
        Node arg = fn.value();
        Node substituted;
        if (arg instanceof StringNode s) {
            substituted = new StringNode(sub(s.value(), bindings), s.span());
        } else if (arg instanceof ArrayNode a
                && !a.elements().isEmpty()
                && a.elements().get(0) instanceof StringNode s) {
            List<Node> elements = new ArrayList<>();
            elements.add(new StringNode(sub(s.value(), bindings), s.span()));
            a.elements().subList(1, a.elements().size()).forEach(e -> elements.add(node(e, bindings, nesting)));
            substituted = new ArrayNode(elements, a.span());
        } else {
            return Optional.empty();
        }
        return Optional.of(new ObjectNode(List.of(new Member(fn.name(), fn.nameSpan(), substituted)), o.span()));
    }

    private void loop(Member m, Map<String, String> bindings, int nesting, List<Member> out) {
        if (!(m.value() instanceof ArrayNode args)
                || args.elements().size() != 3
                || !(args.elements().get(0) instanceof StringNode id)
                || !(args.elements().get(2) instanceof ObjectNode)) {
            unexpanded.add(unexpanded(
                    m,
                    m.name() + " needs [Identifier, Collection, "
                            + "{OutputKey: Fragment}]; it is not expanded, so what it would create is not checked."));
            return;
        }
        if (nesting >= MAX_NESTING) {
            unexpanded.add(
                    unexpanded(
                            m,
                            m.name() + " is nested more than " + MAX_NESTING
                                    + " loops deep (CloudFormation's limit); it is not expanded, so what it would create is not checked."));
            return;
        }
        Optional<List<String>> items = collection(node(args.elements().get(1), bindings, nesting));
        if (items.isEmpty()) {
            unexpanded.add(unexpanded(
                    m,
                    "The collection of " + m.name() + " (line "
                            + args.elements().get(1).span().start().line() + ") is not known from the template and the "
                            + "parameter values given; the loop is not expanded, so what it would create is not checked. "
                            + "Give the parameter a value (--parameters) to check it."));
            return;
        }
        ObjectNode fragment = (ObjectNode) args.elements().get(2);
        for (String item : items.get()) {
            if (++copies > MAX_COPIES) {
                unexpanded.add(unexpanded(
                        m,
                        m.name() + " would make more than " + MAX_COPIES
                                + " copies in this template; the rest is not expanded, so it is not checked."));
                return;
            }
            Map<String, String> inner = new HashMap<>(bindings);
            inner.put(id.value(), item);
            out.addAll(((ObjectNode) node(fragment, inner, nesting + 1)).members());
        }
    }

    private Unexpanded unexpanded(Member loop, String reason) {
        return new Unexpanded(loop.name(), loop.nameSpan(), reason, section.equals("Resources"));
    }

    /** The items of a literal list, or of a list a parameter gives; empty when not known. */
    private Optional<List<String>> collection(Node n) {
        Set<String> notes = new HashSet<>();
        Optional<TemplateValue> value = resolver.resolve(n, notes);
        if (!notes.isEmpty() || value.isEmpty() || !(value.get() instanceof TemplateValue.Arr a)) {
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        for (TemplateValue v : a.items()) {
            Optional<String> s = TemplateValue.scalarText(v);
            if (s.isEmpty() || v instanceof TemplateValue.Str str && str.unknown() != null) {
                return Optional.empty();
            }
            items.add(s.get());
        }
        return Optional.of(items);
    }

    /** An output key: {@code ${Id}} is the value, {@code &{Id}} the value without non-alphanumeric characters. */
    private static String key(String name, Map<String, String> bindings) {
        if (bindings.isEmpty() || name.indexOf('{') < 0) {
            return name;
        }
        Matcher m = KEY_VARIABLE.matcher(name);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = bindings.get(m.group(2));
            String replacement =
                    value == null ? m.group() : m.group(1).equals("&") ? value.replaceAll("[^A-Za-z0-9]", "") : value;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code ${Id}} in an Fn::Sub string, for the loop identifiers only (other variables stay for Sub). */
    private static String sub(String text, Map<String, String> bindings) {
        StringBuilder out = new StringBuilder(text);
        for (Map.Entry<String, String> b : bindings.entrySet()) {
            String variable = "${" + b.getKey() + "}";
            for (int i = out.indexOf(variable);
                    i >= 0;
                    i = out.indexOf(variable, i + b.getValue().length())) {
                out.replace(i, i + variable.length(), b.getValue());
            }
        }
        return out.toString();
    }
}
