package io.iamgate.extract;

import io.iamgate.model.ElementPath;
import io.iamgate.model.Finding;
import io.iamgate.model.Location;
import io.iamgate.model.PolicyUnit;
import java.util.List;

/**
 * A placeholder is opaque to every check. Where the source does not give a value (a parameter without a value,
 * an import, an SSM dynamic reference, anything computed from one, wherever it sits in a string), the extractor
 * puts a placeholder in the policy and an {@code IAMGATE_NOT_CHECKED} finding on its element; any other finding
 * on that element, or below it, would be about the placeholder, not about the policy that will be deployed, so it
 * is dropped here, once, for every analyzer (local, aws, rego). A not-checked finding on the whole policy (its
 * choice, not its text, was unknown) silences nothing: the text is known.
 */
public final class Placeholders {

    private Placeholders() {}

    /** The findings that do not come from a placeholder of the unit. */
    public static List<Finding> opaque(PolicyUnit unit, List<Finding> findings) {
        List<ElementPath> placeholders = unit.sourceFindings().stream()
                .filter(f -> f.issueCode().equals(SourceFindings.NOT_CHECKED))
                .map(Finding::primaryPath)
                .filter(p -> !p.isEmpty())
                .toList();
        if (placeholders.isEmpty()) {
            return findings;
        }
        return findings.stream().filter(f -> !fromPlaceholder(placeholders, f)).toList();
    }

    /** True when a location of the finding is at or below one of the placeholder paths. */
    static boolean fromPlaceholder(List<ElementPath> placeholders, Finding finding) {
        for (Location location : finding.locations()) {
            for (ElementPath placeholder : placeholders) {
                if (within(placeholder, location.path())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when {@code path} is {@code placeholder} or lies below it (a substring, a condition value's key...). */
    static boolean within(ElementPath placeholder, ElementPath path) {
        List<?> p = placeholder.elements();
        List<?> q = path.elements();
        return q.size() >= p.size() && q.subList(0, p.size()).equals(p);
    }
}
