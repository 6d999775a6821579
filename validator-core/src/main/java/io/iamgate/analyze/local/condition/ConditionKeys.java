package io.iamgate.analyze.local.condition;

import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionOperator;
import io.iamgate.model.ConditionValue;
import io.iamgate.model.Statement;
import java.util.Locale;

/** Condition key names (case-insensitive in IAM) and look-ups across one statement's Condition element. */
public final class ConditionKeys {

    private ConditionKeys() {
    }

    public static boolean is(String key, String name) {
        return key.equalsIgnoreCase(name);
    }

    /** True for a global key: the "aws:" prefix, in any case. */
    public static boolean isGlobal(String key) {
        return key.regionMatches(true, 0, "aws:", 0, 4);
    }

    public static String lower(String key) {
        return key.toLowerCase(Locale.ROOT);
    }

    /** True when the statement's Condition names the key, under any operator. */
    public static boolean statementHasKey(Statement statement, String key) {
        for (Statement.ConditionBlock block : statement.conditionBlocks()) {
            for (ConditionEntry e : block.entries()) {
                if (is(e.key(), key)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when some operator of the statement's Condition whose base is {@code base} tests {@code key} against
     * {@code value} (case-insensitively), with or without IfExists unless {@code ifExistsAllowed} is false.
     */
    public static boolean statementTests(Statement statement, ConditionOperator.Base base, boolean ifExistsAllowed,
            String key, String value) {
        for (Statement.ConditionBlock block : statement.conditionBlocks()) {
            ConditionOperator op = block.operator();
            if (op.base() != base || op.hasQualifier() || (op.ifExists() && !ifExistsAllowed)) {
                continue;
            }
            for (ConditionEntry e : block.entries()) {
                if (is(e.key(), key)) {
                    for (ConditionValue v : e.values()) {
                        if (v.text().equalsIgnoreCase(value)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
