package io.iamgate.reference;

import java.util.Locale;

/**
 * A condition key definition. The name is as the reference spells it; a templated family such as
 * {@code aws:ResourceTag/${TagKey}} or {@code s3:ExistingObjectTag/<key>} stands for every key
 * that fills in the placeholder.
 */
public record ConditionKey(String name, ConditionKeyType type) {

    public ConditionKey {
        if (name == null || name.isEmpty() || type == null) {
            throw new IllegalArgumentException("condition key needs a name and a type");
        }
    }

    // equals and hashCode written out: a record's generated ones are linked through invokedynamic on first use,
    // which costs a one-file run about 10 ms, and the reference hashes thousands of keys as it loads.
    @Override
    public boolean equals(Object o) {
        return o instanceof ConditionKey other && name.equals(other.name) && type == other.type;
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + type.hashCode();
    }

    /** ArrayOf* keys: a request can carry several values. */
    public boolean multivalued() {
        return type.isMultivalued();
    }

    /** Whether this definition is a family ({@code ${TagKey}} or {@code <key>} placeholders). */
    public boolean isTemplate() {
        return ConditionKeyTemplate.isTemplate(name);
    }

    /** Whether {@code key} (a key name from a policy) is this key or a member of this family. */
    public boolean matches(String key) {
        return isTemplate()
                ? ConditionKeyTemplate.of(name).matches(key.toLowerCase(Locale.ROOT))
                : name.equalsIgnoreCase(key);
    }
}
