package io.iamgate.model;

import io.iamgate.load.Node;
import io.iamgate.load.Node.Member;
import io.iamgate.load.Node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One statement of a policy, read leniently: elements of the wrong JSON type are left for the grammar
 * checks to report, and the typed accessors return only what is well-formed. {@code index} is -1 when
 * the policy's Statement is a single object rather than an array.
 */
public final class Statement {

    private final int index;
    private final ElementPath path;
    private final ObjectNode node;
    private final List<ElementEntry> actions;
    private final List<ElementEntry> resources;
    private final List<PrincipalEntry> principals;
    private final List<ConditionBlock> conditions;

    /** One operator of the Condition element with its keys. */
    public record ConditionBlock(
            ConditionOperator operator, Member member, ElementPath path, List<ConditionEntry> entries) {
        public ConditionBlock {
            entries = List.copyOf(entries);
        }

        public Location operatorKeyLocation() {
            ElementPath parent =
                    new ElementPath(path.elements().subList(0, path.elements().size() - 1));
            return new Location(parent.key(member.name()), member.nameSpan());
        }
    }

    public Statement(int index, ElementPath path, ObjectNode node) {
        this.index = index;
        this.path = path;
        this.node = node;
        this.actions = readEntries("Action", "NotAction");
        this.resources = readEntries("Resource", "NotResource");
        this.principals = readPrincipals();
        this.conditions = readConditions();
    }

    public int index() {
        return index;
    }

    public ElementPath path() {
        return path;
    }

    public ObjectNode node() {
        return node;
    }

    public Location location() {
        return new Location(path, node.span());
    }

    public Optional<Member> member(String name) {
        return node.member(name);
    }

    public boolean has(String name) {
        return node.member(name).isPresent();
    }

    public Optional<String> sid() {
        return stringOf("Sid");
    }

    /** "Allow" or "Deny" as written (any other string is returned too, for INVALID_EFFECT). */
    public Optional<String> effect() {
        return stringOf("Effect");
    }

    public boolean isAllow() {
        return effect().filter("Allow"::equals).isPresent();
    }

    public boolean isDeny() {
        return effect().filter("Deny"::equals).isPresent();
    }

    /** String entries of Action and NotAction, in document order. */
    public List<ElementEntry> actionEntries() {
        return actions;
    }

    /** String entries of Resource and NotResource, in document order. */
    public List<ElementEntry> resourceEntries() {
        return resources;
    }

    public List<PrincipalEntry> principalEntries() {
        return principals;
    }

    public List<ConditionBlock> conditionBlocks() {
        return conditions;
    }

    public ElementPath pathOf(String element) {
        return path.value(element);
    }

    private Optional<String> stringOf(String name) {
        return node.get(name).filter(Node.StringNode.class::isInstance).map(n -> ((Node.StringNode) n).value());
    }

    private List<ElementEntry> readEntries(String... names) {
        List<ElementEntry> out = new ArrayList<>();
        for (String name : names) {
            node.member(name).ifPresent(m -> {
                ElementPath p = path.value(name);
                if (m.value() instanceof Node.StringNode s) {
                    out.add(new ElementEntry(name, s.value(), p, s));
                } else if (m.value() instanceof Node.ArrayNode a) {
                    for (int i = 0; i < a.elements().size(); i++) {
                        if (a.elements().get(i) instanceof Node.StringNode s) {
                            out.add(new ElementEntry(name, s.value(), p.index(i), s));
                        }
                    }
                }
            });
        }
        return List.copyOf(out);
    }

    private List<PrincipalEntry> readPrincipals() {
        List<PrincipalEntry> out = new ArrayList<>();
        for (String name : new String[] {"Principal", "NotPrincipal"}) {
            node.member(name).ifPresent(m -> {
                ElementPath p = path.value(name);
                if (m.value() instanceof Node.StringNode s) {
                    out.add(new PrincipalEntry(name, PrincipalEntry.WILDCARD, s.value(), p, s));
                } else if (m.value() instanceof ObjectNode o) {
                    for (Member pm : o.members()) {
                        ElementPath kp = p.value(pm.name());
                        if (pm.value() instanceof Node.StringNode s) {
                            out.add(new PrincipalEntry(name, pm.name(), s.value(), kp, s));
                        } else if (pm.value() instanceof Node.ArrayNode a) {
                            for (int i = 0; i < a.elements().size(); i++) {
                                if (a.elements().get(i) instanceof Node.StringNode s) {
                                    out.add(new PrincipalEntry(name, pm.name(), s.value(), kp.index(i), s));
                                }
                            }
                        }
                    }
                }
            });
        }
        return List.copyOf(out);
    }

    private List<ConditionBlock> readConditions() {
        Optional<Member> condition = node.member("Condition");
        if (condition.isEmpty() || !(condition.get().value() instanceof ObjectNode blocks)) {
            return List.of();
        }
        ElementPath cp = path.value("Condition");
        List<ConditionBlock> out = new ArrayList<>();
        for (Member op : blocks.members()) {
            ConditionOperator operator = ConditionOperator.parse(op.name());
            ElementPath opPath = cp.value(op.name());
            List<ConditionEntry> entries = new ArrayList<>();
            if (op.value() instanceof ObjectNode keys) {
                for (Member key : keys.members()) {
                    ElementPath kp = opPath.value(key.name());
                    entries.add(new ConditionEntry(operator, key, kp, readValues(key.value(), kp)));
                }
            }
            out.add(new ConditionBlock(operator, op, opPath, entries));
        }
        return List.copyOf(out);
    }

    private static List<ConditionValue> readValues(Node value, ElementPath kp) {
        if (value instanceof Node.ArrayNode a) {
            List<ConditionValue> values = new ArrayList<>(a.elements().size());
            for (int i = 0; i < a.elements().size(); i++) {
                Node v = a.elements().get(i);
                if (isScalar(v)) {
                    values.add(new ConditionValue(v, kp.index(i)));
                }
            }
            return values;
        }
        return isScalar(value) ? List.of(new ConditionValue(value, kp)) : List.of();
    }

    private static boolean isScalar(Node n) {
        return n instanceof Node.StringNode || n instanceof Node.NumberNode || n instanceof Node.BooleanNode;
    }
}
