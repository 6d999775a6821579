package io.iamgate.analyze.local.condition;

import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionOperator;
import io.iamgate.model.ConditionValue;
import io.iamgate.model.Statement;
import io.iamgate.reference.Action;
import io.iamgate.reference.ActionResourceType;
import io.iamgate.reference.ConditionKey;
import io.iamgate.reference.GlobalConditionKey;
import io.iamgate.reference.GlobalConditionKeys;
import io.iamgate.reference.IamReference;
import io.iamgate.reference.Service;
import java.util.Locale;
import java.util.Optional;

/**
 * Condition key names (case-insensitive in IAM): their prefix, their definition and who supports them, and look-ups
 * across one statement's Condition element. Whether a key is global is {@link GlobalConditionKeys#hasGlobalPrefix}.
 */
public final class ConditionKeys {

    private ConditionKeys() {}

    public static boolean is(String key, String name) {
        return key.equalsIgnoreCase(name);
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
    public static boolean statementTests(
            Statement statement, ConditionOperator.Base base, boolean ifExistsAllowed, String key, String value) {
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

    /** The part before the first colon, or empty when there is none. */
    public static String prefix(String key) {
        int colon = key.indexOf(':');
        return colon <= 0 ? "" : key.substring(0, colon);
    }

    /**
     * Keys of web identity and OIDC providers ({@code token.actions.githubusercontent.com:sub},
     * {@code accounts.google.com:aud}, {@code oidc.eks.<region>.amazonaws.com/id/<id>:sub}): IAM accepts
     * any claim of any provider URL, and the reference lists only a few, so these are never unknown.
     */
    public static boolean isIdentityProviderKey(String key) {
        String prefix = prefix(key);
        return prefix.indexOf('.') >= 0 || prefix.indexOf('/') >= 0;
    }

    /** The key's definition (type, multivalued), for global and service keys; empty when unknown. */
    public static Optional<ConditionKey> definition(IamReference reference, String key) {
        if (isIdentityProviderKey(key) && reference.conditionKey(key).isEmpty()) {
            return Optional.empty();
        }
        return reference.conditionKey(key);
    }

    public static Optional<GlobalConditionKey> global(IamReference reference, String key) {
        return GlobalConditionKeys.hasGlobalPrefix(key)
                ? reference.globalConditionKeys().find(key)
                : Optional.empty();
    }

    /**
     * {@code <service>:ResourceTag/<key>}, {@code <service>:RequestTag/<key>} and {@code <service>:TagKeys}:
     * IAM accepts these for any service (secretsmanager:ResourceTag/x), whether or not its table lists them.
     */
    public static boolean isServiceTagKey(String key) {
        int colon = key.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        String rest = key.substring(colon + 1).toLowerCase(Locale.ROOT);
        return rest.startsWith("resourcetag/") || rest.startsWith("requesttag/") || rest.equals("tagkeys");
    }

    /**
     * A tag condition the tag-support checks judge: an aws:ResourceTag key under any operator but Null
     * (Null tests the key's presence, which is meaningful whatever the service supports).
     */
    public static boolean isTagCondition(ConditionEntry condition) {
        return isResourceTagKey(condition.key()) && condition.operator().base() != ConditionOperator.Base.Null;
    }

    /** Tag keys whose support differs per service and action: aws:ResourceTag/<key>. */
    public static boolean isResourceTagKey(String key) {
        return key.regionMatches(true, 0, "aws:ResourceTag/", 0, "aws:ResourceTag/".length());
    }

    /**
     * Whether the reference lists {@code key} for {@code action}: on the action, on one of its resource
     * rows, or on the definition of one of the resource types it acts on (where aws:ResourceTag lives).
     */
    public static boolean actionSupports(Service service, Action action, String key) {
        if (action.supportsConditionKey(key)) {
            return true;
        }
        for (ActionResourceType row : action.resourceTypes()) {
            var type = service.resourceType(row.name());
            if (type.isPresent() && type.get().conditionKeys().contains(key)) {
                return true;
            }
        }
        return false;
    }
}
