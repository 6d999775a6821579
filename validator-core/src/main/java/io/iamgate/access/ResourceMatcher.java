package io.iamgate.access;

import io.iamgate.reference.Action;
import io.iamgate.reference.ActionResourceType;
import io.iamgate.reference.ArnFormat;
import io.iamgate.reference.Glob;
import io.iamgate.reference.IamReference;
import io.iamgate.reference.ResourceArn;
import io.iamgate.reference.ResourceType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The coverage of one statement's Resource or NotResource, per action, through the reference's ARN
 * formats for the action's resource types: a wildcard ARN of one service covers nothing of another,
 * {@code arn:aws:iam::*:role/*} covers every role, {@code *} everything. Each resource type is judged once
 * per statement, so the cost is the statement's resources times the distinct types, not times the actions.
 */
public final class ResourceMatcher {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}");

    /** How the statement's patterns meet one resource type. */
    private record TypeMatch(boolean fully, List<String> matching) {}

    private final IamReference reference;
    private final List<String> patterns;
    private final boolean negated;
    private final boolean star;
    private final Map<ResourceType, TypeMatch> byType = new IdentityHashMap<>();

    public ResourceMatcher(IamReference reference, List<String> patterns, boolean negated) {
        this.reference = reference;
        this.patterns = List.copyOf(patterns);
        this.negated = negated;
        this.star = patterns.stream().anyMatch(ResourceMatcher::isStar);
    }

    private static boolean isStar(String p) {
        return !p.isEmpty() && p.chars().allMatch(c -> c == '*');
    }

    /** The resources of {@code action} the statement names; empty when it names none of them. */
    public Optional<ResourceCoverage> coverage(Action action) {
        if (negated) {
            if (star) {
                return Optional.empty(); // NotResource "*": nothing
            }
            boolean touches =
                    types(action).stream().anyMatch(t -> !match(t).matching().isEmpty());
            return Optional.of(touches ? ResourceCoverage.some(List.of("*"), patterns) : ResourceCoverage.ALL);
        }
        if (star) {
            return Optional.of(ResourceCoverage.ALL);
        }
        List<ResourceType> types = types(action);
        if (types.isEmpty()) {
            return Optional.empty(); // an action without resource types applies to "*" only
        }
        // Required rows must all be covered; rows none of which is required are alternatives (an s3 object or
        // an access point object), so covering one of them fully covers the action.
        boolean anyRequired = action.resourceTypes().stream().anyMatch(ActionResourceType::required);
        boolean requiredCovered = true;
        boolean alternativeCovered = false;
        List<String> matching = new ArrayList<>();
        for (ResourceType type : types) {
            TypeMatch m = match(type);
            boolean required = action.resourceType(type.name())
                    .map(ActionResourceType::required)
                    .orElse(false);
            if (required && !m.fully()) {
                requiredCovered = false;
            }
            alternativeCovered |= m.fully();
            m.matching().stream().filter(p -> !matching.contains(p)).forEach(matching::add);
        }
        if (anyRequired ? requiredCovered : alternativeCovered) {
            return Optional.of(ResourceCoverage.ALL);
        }
        return matching.isEmpty() ? Optional.empty() : Optional.of(ResourceCoverage.some(matching, List.of()));
    }

    private List<ResourceType> types(Action action) {
        List<ResourceType> out = new ArrayList<>();
        for (ActionResourceType row : action.resourceTypes()) {
            reference
                    .service(action.service())
                    .flatMap(s -> s.resourceType(row.name()))
                    .ifPresent(out::add);
        }
        return out;
    }

    private TypeMatch match(ResourceType type) {
        return byType.computeIfAbsent(type, t -> {
            boolean fully = false;
            List<String> matching = new ArrayList<>();
            for (String p : patterns) {
                Optional<ResourceArn> arn = ResourceArn.parse(p);
                if (arn.isEmpty()) {
                    continue;
                }
                for (ArnFormat format : t.arnFormats()) {
                    if (format.canMatch(arn.get())) {
                        matching.add(p);
                        fully |= coversFormat(arn.get(), format);
                        break;
                    }
                }
            }
            return new TypeMatch(fully, List.copyOf(matching));
        });
    }

    /**
     * Whether the ARN names every resource of the format: the same service (or {@code *}), any or one
     * partition, account and Region (one account's every role is every role that account can pass), and a
     * resource field that is the format's literal start followed by {@code *} (e.g. {@code role/*}).
     */
    static boolean coversFormat(ResourceArn arn, ArnFormat format) {
        if (!arn.service().equals("*") && !arn.service().equalsIgnoreCase(format.service())) {
            return false;
        }
        if (!scopeField(arn.partition()) || !scopeField(arn.region()) || !scopeField(arn.account())) {
            return false;
        }
        String resource = arn.resource();
        if (resource.contains("${")) {
            return false;
        }
        // Every placeholder of the format may be anything: s3's "${BucketName}/${ObjectName}" is "*/*", which
        // "arn:aws:s3:::*/*" names in full.
        if (Glob.covers(resource, PLACEHOLDER.matcher(format.resource()).replaceAll("*"))) {
            return true;
        }
        if (!resource.endsWith("*") || resource.indexOf('?') >= 0) {
            return false;
        }
        String stem = resource.substring(0, resource.length() - 1);
        if (stem.indexOf('*') >= 0 || stem.contains("${")) {
            return false;
        }
        String literal = format.resource();
        int placeholder = literal.indexOf("${");
        String formatStem = placeholder < 0 ? literal : literal.substring(0, placeholder);
        return formatStem.toLowerCase(Locale.ROOT).startsWith(stem.toLowerCase(Locale.ROOT))
                && formatStem.startsWith(stem);
    }

    /** {@code *}, empty, or one literal value: each names all resources of its scope. */
    private static boolean scopeField(String field) {
        return field.equals("*") || (field.indexOf('*') < 0 && field.indexOf('?') < 0);
    }
}
