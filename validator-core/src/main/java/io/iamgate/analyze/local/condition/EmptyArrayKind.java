package io.iamgate.analyze.local.condition;

import io.iamgate.load.Node;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionOperator;

/**
 * Which of the four empty-array checks owns a key written with {@code []}: the set qualifiers first (they
 * change what an empty list means most), then IfExists, then the plain case.
 */
enum EmptyArrayKind {
    FOR_ALL_VALUES,
    FOR_ANY_VALUE,
    IF_EXISTS,
    PLAIN;

    /** The kind of empty-array condition, or null when the key's value is not an empty array. */
    static EmptyArrayKind of(ConditionEntry entry) {
        if (!(entry.valueNode() instanceof Node.ArrayNode a) || !a.elements().isEmpty()) {
            return null;
        }
        ConditionOperator op = entry.operator();
        if (op.qualifier() == ConditionOperator.Qualifier.FOR_ALL_VALUES) {
            return FOR_ALL_VALUES;
        }
        if (op.qualifier() == ConditionOperator.Qualifier.FOR_ANY_VALUE) {
            return FOR_ANY_VALUE;
        }
        return op.ifExists() ? IF_EXISTS : PLAIN;
    }
}
