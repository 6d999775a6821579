package io.iamgate.analyze.rego;

import com.fasterxml.jackson.databind.JsonNode;
import io.iamgate.load.Node;
import io.iamgate.model.ElementPath;
import io.iamgate.model.Location;
import io.iamgate.model.PathElement;
import io.iamgate.model.PolicyDocument;
import java.util.Optional;

/**
 * Turns a path a Rego rule returned ({@code [{"value": "Statement"}, {"index": 0}, ...]}) into a location in
 * the policy text. A path that does not resolve points at its nearest existing ancestor, so that a finding is
 * never lost for a rule's slightly wrong path; a path that is not in the Access Analyzer shape is an error.
 */
final class RegoPaths {

    private RegoPaths() {}

    static ElementPath parse(JsonNode path) throws InvalidPathException {
        if (path == null || path.isNull() || path.isMissingNode()) {
            return ElementPath.ROOT;
        }
        if (!path.isArray()) {
            throw new InvalidPathException(
                    "path must be an array of {\"value\": name} and {\"index\": n}, got " + path);
        }
        ElementPath out = ElementPath.ROOT;
        for (JsonNode step : path) {
            if (step.isObject()
                    && step.size() == 1
                    && step.has("value")
                    && step.get("value").isTextual()) {
                out = out.value(step.get("value").asText());
            } else if (step.isObject()
                    && step.size() == 1
                    && step.has("index")
                    && step.get("index").canConvertToInt()
                    && step.get("index").isIntegralNumber()) {
                out = out.index(step.get("index").asInt());
            } else if (step.isObject()
                    && step.size() == 1
                    && step.has("key")
                    && step.get("key").isTextual()) {
                out = out.key(step.get("key").asText());
            } else if (step.isTextual()) {
                out = out.value(step.asText());
            } else if (step.isIntegralNumber() && step.canConvertToInt()) {
                out = out.index(step.asInt());
            } else {
                throw new InvalidPathException(
                        "path step " + step + " is neither {\"value\": name} nor {\"index\": n}");
            }
        }
        return out;
    }

    /** The location of {@code path}, or of its nearest ancestor present in the document. */
    static Location locate(PolicyDocument document, ElementPath path) {
        Optional<Node> root = document.root();
        if (root.isEmpty()) {
            return document.wholeDocument();
        }
        Node node = root.get();
        ElementPath reached = ElementPath.ROOT;
        Location location = new Location(ElementPath.ROOT, node.span());
        for (PathElement step : path.elements()) {
            if (step instanceof PathElement.Value v && node instanceof Node.ObjectNode object) {
                Optional<Node.Member> member = object.member(v.value());
                if (member.isEmpty()) {
                    break;
                }
                node = member.get().value();
                reached = reached.value(v.value());
                location = new Location(reached, node.span());
            } else if (step instanceof PathElement.Key k && node instanceof Node.ObjectNode object) {
                Optional<Node.Member> member = object.member(k.key());
                if (member.isEmpty()) {
                    break;
                }
                // A key step names the member's name itself: the last step that can be taken.
                return new Location(reached.key(k.key()), member.get().nameSpan());
            } else if (step instanceof PathElement.Index i
                    && node instanceof Node.ArrayNode array
                    && i.index() >= 0
                    && i.index() < array.elements().size()) {
                node = array.elements().get(i.index());
                reached = reached.index(i.index());
                location = new Location(reached, node.span());
            } else if (step instanceof PathElement.Index i && i.index() == 0 && node instanceof Node.ObjectNode) {
                // A rule that treats a lone statement object as a one-element list: the object is element 0.
                continue;
            } else {
                break;
            }
        }
        return location;
    }

    static final class InvalidPathException extends Exception {
        InvalidPathException(String message) {
            super(message);
        }
    }
}
