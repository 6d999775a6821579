package io.iamgate.analyze.aws;

import io.iamgate.load.Position;
import io.iamgate.load.Span;
import io.iamgate.model.ElementPath;
import io.iamgate.model.Finding;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.model.PathElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.accessanalyzer.model.ValidatePolicyFinding;

/** ValidatePolicy's findings in our model: locations exactly as returned. */
final class ApiFindings {

    private ApiFindings() {}

    static Finding of(ValidatePolicyFinding f) {
        List<Location> locations = new ArrayList<>();
        for (software.amazon.awssdk.services.accessanalyzer.model.Location l : f.locations()) {
            List<PathElement> path = new ArrayList<>();
            for (software.amazon.awssdk.services.accessanalyzer.model.PathElement e : l.path()) {
                if (e.index() != null) {
                    path.add(PathElement.index(e.index()));
                } else if (e.key() != null) {
                    path.add(PathElement.key(e.key()));
                } else if (e.value() != null) {
                    path.add(PathElement.value(e.value()));
                } else if (e.substring() != null) {
                    path.add(new PathElement.Substring(
                            e.substring().start(), e.substring().length()));
                }
            }
            locations.add(new Location(
                    new ElementPath(path),
                    new Span(position(l.span().start()), position(l.span().end()))));
        }
        return new Finding(
                type(f.findingTypeAsString()),
                f.issueCode(),
                f.findingDetails(),
                f.learnMoreLink(),
                locations,
                Set.of(AccessAnalyzerAnalyzer.NAME));
    }

    /** A finding type this SDK does not know yet is kept as a blocking ERROR rather than dropped. */
    private static FindingType type(String value) {
        try {
            return FindingType.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            return FindingType.ERROR;
        }
    }

    private static Position position(software.amazon.awssdk.services.accessanalyzer.model.Position p) {
        return new Position(p.line(), p.column(), p.offset());
    }
}
