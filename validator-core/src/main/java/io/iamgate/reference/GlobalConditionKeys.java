package io.iamgate.reference;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The table of global condition context keys, from iam-data's copy of the AWS page "AWS global
 * condition context keys" plus the supplement in scripts/iam-reference-supplement.json (aws:ARN,
 * deprecated; aws:EpochTime's numeric use). Tag families ({@code aws:PrincipalTag/${TagKey}}) match
 * any non-empty tag key. The supplement also names the few aws: keys that AWS accepts although the
 * page no longer lists them; they are not in the table (their type is not known), see
 * {@link #isAcceptedUnlisted}.
 */
public final class GlobalConditionKeys {

    private final List<GlobalConditionKey> keys;
    private final Map<ConditionKey, GlobalConditionKey> byDefinition;
    private final ConditionKeyIndex index;
    private final Set<String> acceptedUnlistedLower;

    GlobalConditionKeys(List<GlobalConditionKey> keys, List<String> acceptedUnlisted) {
        this.keys = List.copyOf(keys);
        this.byDefinition =
                keys.stream().collect(Collectors.toUnmodifiableMap(GlobalConditionKey::key, Function.identity()));
        ConditionKeyIndex.Builder builder = new ConditionKeyIndex.Builder();
        keys.forEach(k -> builder.add(k.key()));
        this.index = builder.build();
        this.acceptedUnlistedLower =
                acceptedUnlisted.stream().map(k -> k.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public Collection<GlobalConditionKey> all() {
        return keys;
    }

    /** The entry for a key name from a policy, case-insensitive, tag families included. */
    public Optional<GlobalConditionKey> find(String key) {
        return index.find(key.toLowerCase(Locale.ROOT)).map(byDefinition::get);
    }

    /** Whether the name is in the table (INVALID_GLOBAL_CONDITION_KEY is an aws: key that is not). */
    public boolean contains(String key) {
        return find(key).isPresent();
    }

    /**
     * Whether AWS accepts the key although it is not in the table (Access Analyzer raises no
     * INVALID_GLOBAL_CONDITION_KEY for it), e.g. {@code aws:PrincipalOrgMasterAccountId}; case-insensitive.
     */
    public boolean isAcceptedUnlisted(String key) {
        return acceptedUnlistedLower.contains(key.toLowerCase(Locale.ROOT));
    }

    public boolean isDeprecated(String key) {
        return find(key).map(GlobalConditionKey::deprecated).orElse(false);
    }

    /** {@code aws:} keys are global by definition of the prefix: valid only if in this table. */
    public static boolean hasGlobalPrefix(String key) {
        return key.regionMatches(true, 0, "aws:", 0, 4);
    }
}
