package io.iamgate.analyze.local.condition.caller;

import io.iamgate.analyze.local.condition.ip.IpCoverage;
import io.iamgate.analyze.local.condition.ip.IpRange;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionOperator;
import io.iamgate.model.ConditionValue;
import io.iamgate.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a statement's Condition limits who may use it, judged by what the condition admits rather than by
 * the key it names. The one rule behind every "is Principal "*" limited?" decision (the offline
 * CheckNoPublicAccess, the service-principal checks); the built-in Rego pack's {@code narrowing_condition}
 * states the same rule.
 *
 * <p>An entry limits the caller when all of these hold:
 * <ul>
 * <li>its key names the caller, its account, organization, network or source ({@link IdentityKey});</li>
 * <li>its operator is positive, without IfExists and without ForAllValues: a negated operator, IfExists
 * and ForAllValues all match a request that lacks the key, as most outsiders' requests do;</li>
 * <li>no value admits every valid value of the key: for the Like operators a value that is a part of
 * the key's fixed head followed only by wildcards ({@code o-*}, {@code vpc-*}, {@code *}); for ARN keys a
 * value whose account and resource fields are only wildcards ({@code arn:aws:iam::*:*}); for
 * aws:SourceIp ranges whose union is all of IPv4 or all of IPv6 ({@code 0.0.0.0/1} with
 * {@code 128.0.0.0/1}), or any value that is not an IP range at all (it cannot be judged, so it does
 * not count as a limit).</li>
 * </ul>
 * A policy variable in a value is read as a wildcard, since the caller's request supplies it, except
 * variables of the aws:Resource... keys, which the resource owner fixes (so
 * {@code aws:PrincipalOrgID = ${aws:ResourceOrgID}} limits).
 */
public final class CallerLimits {

    private CallerLimits() {}

    /** True when some entry of the statement's Condition on one of {@code keys} (lower-case) limits the caller. */
    public static boolean limitsCaller(Statement statement, Set<String> keys) {
        for (Statement.ConditionBlock block : statement.conditionBlocks()) {
            for (ConditionEntry entry : block.entries()) {
                if (keys.contains(entry.key().toLowerCase(Locale.ROOT)) && limits(entry)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when some entry of the statement's Condition limits the caller, whatever identity key it uses. */
    public static boolean limitsCaller(Statement statement) {
        for (Statement.ConditionBlock block : statement.conditionBlocks()) {
            for (ConditionEntry entry : block.entries()) {
                if (limits(entry)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when this one entry limits the caller (see the class comment). */
    private static boolean limits(ConditionEntry entry) {
        ConditionOperator op = entry.operator();
        Optional<IdentityKey> key = IdentityKey.of(entry.key());
        if (key.isEmpty()
                || op.base() == null
                || op.base().negated()
                || op.ifExists()
                || op.qualifier() == ConditionOperator.Qualifier.FOR_ALL_VALUES
                || entry.values().isEmpty()) {
            return false;
        }
        return switch (key.get().kind()) {
            case IP -> op.family() == ConditionOperator.Family.IP_ADDRESS && ipRangesLimit(entry.values());
            case BOOL ->
                op.family() == ConditionOperator.Family.BOOL
                        && entry.values().stream().allMatch(v -> v.text().equalsIgnoreCase("true"));
            case TEXT, ARN ->
                (op.family() == ConditionOperator.Family.STRING || op.family() == ConditionOperator.Family.ARN)
                        && entry.values().stream().noneMatch(v -> admitsAnyone(key.get(), op.base(), v));
        };
    }

    private static boolean ipRangesLimit(List<ConditionValue> values) {
        List<IpRange> ranges = new ArrayList<>();
        for (ConditionValue v : values) {
            Optional<IpRange> range = v.isString() ? IpRange.parse(v.text()) : Optional.empty();
            if (range.isEmpty()) {
                return false;
            }
            ranges.add(range.get());
        }
        return !IpCoverage.coversAnAddressFamily(ranges);
    }

    private static boolean admitsAnyone(IdentityKey key, ConditionOperator.Base base, ConditionValue value) {
        Optional<String> pattern = withVariablesResolved(value.text(), base.isLike());
        if (pattern.isEmpty()) {
            return true;
        }
        if (!base.isLike()) {
            return false;
        }
        return key.matchedWhollyBy(pattern.get())
                || key.kind() == IdentityKey.Kind.ARN && anyAccountAnyResource(pattern.get());
    }

    /** ArnLike compares the six colon-separated fields one by one; account and resource decide whose it is. */
    private static boolean anyAccountAnyResource(String arn) {
        String[] fields = arn.split(":", 6);
        if (fields.length < 6) {
            return false;
        }
        String account = fields[4];
        String resource = fields[5];
        return (account.isEmpty() || IdentityKey.ACCOUNT.matchedWhollyBy(account))
                && IdentityKey.FREE_TEXT.matchedWhollyBy(resource);
    }

    /**
     * The value with each policy variable replaced: by {@code *} when the request supplies it (so it can match
     * anything), by a literal when the resource owner fixes it; the escapes ${*}, ${?} and ${$} are literals.
     * Empty when {@code like} is false (an equality) and the request supplies a variable: then the value can
     * equal anything.
     */
    private static Optional<String> withVariablesResolved(String value, boolean like) {
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            int start = value.indexOf("${", i);
            int end = start < 0 ? -1 : value.indexOf('}', start + 2);
            if (end < 0) {
                out.append(value, i, value.length());
                break;
            }
            out.append(value, i, start);
            String name = value.substring(start + 2, end);
            int comma = name.indexOf(',');
            name = (comma < 0 ? name : name.substring(0, comma)).trim().toLowerCase(Locale.ROOT);
            if (name.length() == 1 && "*?$".indexOf(name.charAt(0)) >= 0 || name.startsWith("aws:resource")) {
                out.append('x');
            } else if (like) {
                out.append('*');
            } else {
                return Optional.empty();
            }
            i = end + 1;
        }
        return Optional.of(out.toString());
    }
}
