package io.iamgate.analyze.local;

import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.reference.IamReference;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a check may know besides the node it is handed: the unit being validated and the IAM reference,
 * and a memo for facts several checks derive from the same entry (a parsed ARN, an action pattern's
 * expansion over the reference), so each is computed once per policy.
 */
public record CheckContext(PolicyUnit unit, IamReference reference, Memo memo) {

    public CheckContext(PolicyUnit unit, IamReference reference) {
        this(unit, reference, new Memo());
    }

    public PolicyDocument document() {
        return unit.document();
    }

    public PolicyType policyType() {
        return unit.policyType();
    }

    /**
     * validatePolicyResourceType: AWS::IAM::AssumeRolePolicyDocument for trust policies, none for a VPC endpoint
     * policy (Access Analyzer validates it as a plain resource policy), else as given.
     */
    public String resourceType() {
        return unit.isEndpointPolicy() ? null : unit.effectiveResourceType();
    }

    public boolean isTrustPolicy() {
        return unit.isTrustPolicy();
    }

    /** The memoised {@code compute(key)} of this policy, one table per {@code kind}. */
    public <K, V> V memo(Class<?> kind, K key, Function<K, V> compute) {
        return memo.get(kind, key, compute);
    }

    /**
     * Per-policy memo. A policy is analysed on one thread, and a context lives as long as one analysis,
     * so a plain map serves; it is never shared between policies.
     */
    public static final class Memo {
        private final Map<Class<?>, Map<Object, Object>> tables = new HashMap<>();

        @SuppressWarnings("unchecked")
        <K, V> V get(Class<?> kind, K key, Function<K, V> compute) {
            Map<Object, Object> table = tables.computeIfAbsent(kind, k -> new HashMap<>());
            Object value = table.get(key);
            if (value == null) {
                value = compute.apply(key);
                table.put(key, value);
            }
            return (V) value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Memo;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
