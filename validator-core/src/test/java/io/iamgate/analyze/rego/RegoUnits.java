package io.iamgate.analyze.rego;

import com.fasterxml.jackson.databind.JsonNode;
import io.iamgate.load.LocatedJsonParser;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.model.SourceMapping;
import java.util.List;

/** Policy units for Rego tests, parsed by the real located parser. */
final class RegoUnits {

    private RegoUnits() {}

    static PolicyUnit unit(String file, String origin, PolicyType type, String resourceType, String text) {
        PolicyDocument document = PolicyDocument.of(new LocatedJsonParser().parse(text));
        return new PolicyUnit(file, origin, type, resourceType, document, SourceMapping.IDENTITY, List.of());
    }

    static PolicyUnit identity(String text) {
        return unit("iam/app.json", "", PolicyType.IDENTITY_POLICY, null, text);
    }

    /** An element path as the facts write it, as text: {@code Statement[0].Action[1]}. */
    static String pathText(JsonNode path) {
        StringBuilder out = new StringBuilder();
        for (JsonNode step : path) {
            out.append(
                    step.has("index")
                            ? "[" + step.get("index").asInt() + "]"
                            : (out.length() == 0 ? "" : ".") + step.get("value").asText());
        }
        return out.toString();
    }
}
