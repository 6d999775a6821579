package io.iamgate.analyze.local.trust;

import io.iamgate.model.ConditionEntry;
import io.iamgate.model.Statement;
import java.util.Locale;

/** Which of an OIDC provider's own condition keys a statement uses. */
final class OidcConditions {

    private OidcConditions() {}

    /** True when a condition key of the statement starts with {@code prefix} (lower-case). */
    static boolean hasKeyWithPrefix(Statement statement, String prefix) {
        for (Statement.ConditionBlock block : statement.conditionBlocks()) {
            for (ConditionEntry entry : block.entries()) {
                if (entry.key().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }
}
