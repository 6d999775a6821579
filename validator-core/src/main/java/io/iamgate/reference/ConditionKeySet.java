package io.iamgate.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The condition key names an action, action-resource row or resource type supports, in reference
 * order. {@link #contains} is case-insensitive and understands families, so
 * {@code aws:ResourceTag/team} is contained where {@code aws:ResourceTag/${TagKey}} is listed.
 * Instances are shared between the many actions that list the same keys.
 */
public final class ConditionKeySet {

    static final ConditionKeySet EMPTY = new ConditionKeySet(List.of());

    private final List<String> names;
    private final Set<String> exactLower;
    private final ConditionKeyTemplate[] templates;

    ConditionKeySet(List<String> names) {
        this.names = List.copyOf(names);
        Set<String> exact = new HashSet<>();
        List<ConditionKeyTemplate> families = new ArrayList<>();
        for (String name : this.names) {
            // The template's own name is also kept as exact, so asking for "aws:ResourceTag/${TagKey}" works.
            exact.add(name.toLowerCase(Locale.ROOT));
            if (ConditionKeyTemplate.isTemplate(name)) {
                families.add(ConditionKeyTemplate.of(name));
            }
        }
        this.exactLower = Set.copyOf(exact);
        this.templates = families.toArray(ConditionKeyTemplate[]::new);
    }

    public static ConditionKeySet of(List<String> names) {
        return names.isEmpty() ? EMPTY : new ConditionKeySet(names);
    }

    /** The names as the reference lists them, templates unexpanded. */
    public List<String> names() {
        return names;
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    public boolean contains(String key) {
        if (names.isEmpty()) {
            return false;
        }
        return containsLower(key.toLowerCase(Locale.ROOT));
    }

    boolean containsLower(String lowerKey) {
        if (exactLower.contains(lowerKey)) {
            return true;
        }
        for (ConditionKeyTemplate template : templates) {
            if (template.matches(lowerKey)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConditionKeySet other && names.equals(other.names);
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }

    @Override
    public String toString() {
        return names.toString();
    }
}
