package io.iamgate.model;

import io.iamgate.load.Node;
import java.util.List;

/**
 * One condition key under one operator, e.g. {@code "StringEquals": {"aws:SourceAccount": ["1", "2"]}}.
 * {@code path} ends with the key ({@code Condition / StringEquals / aws:SourceAccount}); values have their
 * own paths. {@code valueNode} is the raw value, so checks can see an empty array or a wrong type.
 */
public record ConditionEntry(
        ConditionOperator operator, Node.Member member, ElementPath path, List<ConditionValue> values) {

    public ConditionEntry {
        values = List.copyOf(values);
    }

    public String key() {
        return member.name();
    }

    public Node valueNode() {
        return member.value();
    }

    /** Location of the key's own name: path ends with {"key": name}. */
    public Location keyLocation() {
        ElementPath parent =
                new ElementPath(path.elements().subList(0, path.elements().size() - 1));
        return new Location(parent.key(member.name()), member.nameSpan());
    }

    /** Location of the key's whole value (the array, or the single value). */
    public Location valueLocation() {
        return new Location(path, member.value().span());
    }
}
