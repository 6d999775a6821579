package io.iamgate.analyze.local;

import io.iamgate.model.Finding;
import io.iamgate.model.Location;
import java.util.List;

/**
 * Base of every offline check. A check declares what it looks at by implementing one or more of
 * {@link DocumentCheck}, {@link StatementCheck}, {@link ActionCheck}, {@link ResourceCheck},
 * {@link PrincipalCheck}, {@link ConditionBlockCheck} and {@link ConditionCheck}; the engine walks each
 * policy once and hands every node to the checks that asked for its kind. Checks are stateless.
 */
public abstract class PolicyCheck {

    private final CheckMetadata metadata = CheckMetadata.of(getClass());

    public final CheckMetadata metadata() {
        return metadata;
    }

    protected final Finding finding(String details, Location... locations) {
        return finding(details, List.of(locations));
    }

    protected final Finding finding(String details, List<Location> locations) {
        return Finding.of(
                metadata.findingType(),
                metadata.issueCode(),
                details,
                metadata.learnMoreLink(),
                LocalAnalyzer.NAME,
                locations);
    }
}
