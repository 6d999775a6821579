package io.iamgate.analyze.local.condition.wildcard;

import io.iamgate.analyze.local.condition.value.ValueText;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionOperator;
import io.iamgate.model.ConditionValue;

/**
 * What a Like-family condition with a match-all value ("*") really tests. "*" matches every string, so the
 * condition no longer compares values: it only depends on whether the key is in the request.
 * <ul>
 * <li>StringLike / ArnLike, and ForAnyValue: of them: true exactly when the key is present (Null false).</li>
 * <li>the same with IfExists, and ForAllValues: of them: always true, the key is redundant.</li>
 * <li>StringNotLike / ArnNotLike (with or without IfExists), and ForAllValues: of them: true exactly when the
 * key is absent (Null true), since negated operators match a missing key.</li>
 * <li>ForAnyValue:StringNotLike without IfExists: never true, the statement can never apply.</li>
 * </ul>
 */
public record MatchAllCondition(Outcome outcome, ConditionValue value) {

    public enum Outcome {
        ONLY_WHEN_PRESENT,
        ONLY_WHEN_ABSENT,
        ALWAYS,
        NEVER
    }

    /** The outcome for a key whose values include a match-all pattern under a Like operator, else null. */
    public static MatchAllCondition of(ConditionEntry entry) {
        ConditionOperator op = entry.operator();
        if (op.base() == null || !op.base().isLike()) {
            return null;
        }
        ConditionValue star = null;
        for (ConditionValue v : entry.values()) {
            if (v.isString() && ValueText.isMatchAll(v.text())) {
                star = v;
                break;
            }
        }
        if (star == null) {
            return null;
        }
        return new MatchAllCondition(outcome(op), star);
    }

    private static Outcome outcome(ConditionOperator op) {
        boolean negated = op.base().negated();
        switch (op.qualifier()) {
            case FOR_ALL_VALUES:
                return negated ? Outcome.ONLY_WHEN_ABSENT : Outcome.ALWAYS;
            case FOR_ANY_VALUE:
                if (negated) {
                    return op.ifExists() ? Outcome.ONLY_WHEN_ABSENT : Outcome.NEVER;
                }
                return op.ifExists() ? Outcome.ALWAYS : Outcome.ONLY_WHEN_PRESENT;
            default:
                if (negated) {
                    return Outcome.ONLY_WHEN_ABSENT;
                }
                return op.ifExists() ? Outcome.ALWAYS : Outcome.ONLY_WHEN_PRESENT;
        }
    }
}
