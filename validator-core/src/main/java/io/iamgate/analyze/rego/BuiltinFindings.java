package io.iamgate.analyze.rego;

import com.fasterxml.jackson.databind.JsonNode;
import io.iamgate.analyze.AnalyzerException;
import io.iamgate.model.Finding;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.model.PolicyUnit;
import java.util.List;

/** Reads one object of the built-in pack's answer ({issueCode, findingType, findingDetails, path}) as a finding. */
final class BuiltinFindings {

    static final String ANALYZER = "rego";

    private BuiltinFindings() {}

    static Finding read(JsonNode result, PolicyUnit unit) throws AnalyzerException {
        Location location;
        try {
            location = RegoPaths.locate(unit.document(), RegoPaths.parse(result.get("path")));
        } catch (RegoPaths.InvalidPathException e) {
            throw new AnalyzerException(
                    "the built-in Rego pack returned a bad path for "
                            + result.path("issueCode").asText("a finding") + ": " + e.getMessage(),
                    e);
        }
        return readAt(result, location);
    }

    /** The same, located at {@code location} (a principal's definition) whatever path it names. */
    static Finding readAt(JsonNode result, Location location) throws AnalyzerException {
        String code = result.path("issueCode").asText("");
        String type = result.path("findingType").asText("");
        if (code.isEmpty() || type.isEmpty()) {
            throw new AnalyzerException(
                    "the built-in Rego pack returned a finding without issueCode or findingType: " + result);
        }
        FindingType findingType;
        try {
            findingType = FindingType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new AnalyzerException("the built-in Rego pack returned an unknown findingType " + type, e);
        }
        // No learn-more link: the rule's remediation is in the docs' "Rego rules" table, and a link to a
        // docs anchor would need a stable public URL for the project, which it does not have yet.
        return Finding.of(findingType, code, result.path("findingDetails").asText(""), "", ANALYZER, List.of(location));
    }
}
