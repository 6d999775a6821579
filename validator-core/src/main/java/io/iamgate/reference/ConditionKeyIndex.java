package io.iamgate.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a condition key definition by a key name from a policy: an exact hash lookup first, then
 * the families of the key's prefix (few per prefix), then the families whose prefix is itself
 * templated ({@code token.actions.${Domain}.ghe.com:sub}). The first definition added wins.
 */
final class ConditionKeyIndex {

    private record Family(ConditionKeyTemplate template, ConditionKey key) {}

    private final Map<String, ConditionKey> exact;
    private final Map<String, List<Family>> familiesByPrefix;
    private final List<Family> familiesWithTemplatedPrefix;

    private ConditionKeyIndex(
            Map<String, ConditionKey> exact,
            Map<String, List<Family>> familiesByPrefix,
            List<Family> familiesWithTemplatedPrefix) {
        this.exact = exact;
        this.familiesByPrefix = familiesByPrefix;
        this.familiesWithTemplatedPrefix = familiesWithTemplatedPrefix;
    }

    Optional<ConditionKey> find(String lowerKey) {
        ConditionKey hit = exact.get(lowerKey);
        if (hit != null) {
            return Optional.of(hit);
        }
        int colon = lowerKey.indexOf(':');
        if (colon > 0) {
            List<Family> families = familiesByPrefix.get(lowerKey.substring(0, colon));
            if (families != null) {
                for (Family family : families) {
                    if (family.template().matches(lowerKey)) {
                        return Optional.of(family.key());
                    }
                }
            }
        }
        for (Family family : familiesWithTemplatedPrefix) {
            if (family.template().matches(lowerKey)) {
                return Optional.of(family.key());
            }
        }
        return Optional.empty();
    }

    static final class Builder {
        private final Map<String, ConditionKey> exact = new HashMap<>();
        private final Map<String, List<Family>> byPrefix = new HashMap<>();
        private final List<Family> templatedPrefix = new ArrayList<>();

        Builder add(ConditionKey key) {
            String lower = key.name().toLowerCase(Locale.ROOT);
            if (exact.putIfAbsent(lower, key) != null || !key.isTemplate()) {
                return this;
            }
            ConditionKeyTemplate template = ConditionKeyTemplate.of(key.name());
            int colon = template.head().indexOf(':');
            Family family = new Family(template, key);
            if (colon > 0) {
                byPrefix.computeIfAbsent(template.head().substring(0, colon), p -> new ArrayList<>())
                        .add(family);
            } else {
                templatedPrefix.add(family);
            }
            return this;
        }

        ConditionKeyIndex build() {
            Map<String, List<Family>> prefixes = new HashMap<>();
            byPrefix.forEach((prefix, families) -> prefixes.put(prefix, List.copyOf(families)));
            return new ConditionKeyIndex(Map.copyOf(exact), Map.copyOf(prefixes), List.copyOf(templatedPrefix));
        }
    }
}
