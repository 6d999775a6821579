package io.iamgate.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A finding in Access Analyzer's shape, positions relative to the policy text that was validated.
 * {@code analyzers} names who found it ("local", "aws", "rego"); equal findings from two analyzers merge.
 */
public record Finding(
        FindingType findingType,
        String issueCode,
        String findingDetails,
        String learnMoreLink,
        List<Location> locations,
        Set<String> analyzers) {

    public Finding {
        Objects.requireNonNull(findingType, "findingType");
        Objects.requireNonNull(issueCode, "issueCode");
        findingDetails = findingDetails == null ? "" : findingDetails;
        learnMoreLink = learnMoreLink == null ? "" : learnMoreLink;
        locations = List.copyOf(locations);
        analyzers = Set.copyOf(new TreeSet<>(analyzers));
    }

    public static Finding of(
            FindingType type, String code, String details, String link, String analyzer, List<Location> locations) {
        return new Finding(type, code, details, link, locations, Set.of(analyzer));
    }

    /** The path of the first location, or the empty path for a document-level finding. */
    public ElementPath primaryPath() {
        return locations.isEmpty() ? ElementPath.ROOT : locations.get(0).path();
    }

    public Finding withAnalyzers(Set<String> more) {
        TreeSet<String> all = new TreeSet<>(analyzers);
        all.addAll(more);
        return new Finding(findingType, issueCode, findingDetails, learnMoreLink, locations, all);
    }
}
