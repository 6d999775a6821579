package io.iamgate.reference;

import java.util.List;
import java.util.Set;

/**
 * A key from the "AWS global condition context keys" page (mostly {@code aws:*}, plus the
 * cross-service keys that page lists, such as {@code ec2:SourceInstanceArn}).
 *
 * @param category the page's grouping: principal, session, network, resource, request
 * @param deprecated AWS rejects or discourages the key (DEPRECATED_GLOBAL_CONDITION_KEY)
 * @param replacedBy the keys AWS recommends instead, when deprecated
 * @param alsoAccepts operator types the key works with besides its own type (aws:EpochTime: Numeric)
 */
public record GlobalConditionKey(
        ConditionKey key,
        String category,
        boolean deprecated,
        List<String> replacedBy,
        Set<ConditionKeyType> alsoAccepts) {

    public GlobalConditionKey {
        replacedBy = List.copyOf(replacedBy);
        alsoAccepts = Set.copyOf(alsoAccepts);
    }

    public String name() {
        return key.name();
    }

    public ConditionKeyType type() {
        return key.type();
    }

    public boolean multivalued() {
        return key.multivalued();
    }

    /** Whether operators of {@code type}'s family fit this key (its own type or one it also accepts). */
    public boolean accepts(ConditionKeyType type) {
        ConditionKeyType element = type.elementType();
        return key.type().elementType() == element || alsoAccepts.contains(element);
    }
}
