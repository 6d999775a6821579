package io.iamgate.analyze.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

/** Findings to and from JSON in Access Analyzer's own shape, for the result cache. */
final class FindingCodec {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private FindingCodec() {}

    static ArrayNode encode(List<Finding> findings) {
        ArrayNode out = F.arrayNode();
        for (Finding f : findings) {
            ObjectNode o = out.addObject();
            o.put("findingType", f.findingType().name());
            o.put("issueCode", f.issueCode());
            o.put("findingDetails", f.findingDetails());
            o.put("learnMoreLink", f.learnMoreLink());
            ArrayNode locations = o.putArray("locations");
            for (Location l : f.locations()) {
                ObjectNode lo = locations.addObject();
                ArrayNode path = lo.putArray("path");
                for (PathElement e : l.path().elements()) {
                    ObjectNode pe = path.addObject();
                    if (e instanceof PathElement.Index i) {
                        pe.put("index", i.index());
                    } else if (e instanceof PathElement.Key k) {
                        pe.put("key", k.key());
                    } else if (e instanceof PathElement.Value v) {
                        pe.put("value", v.value());
                    } else if (e instanceof PathElement.Substring s) {
                        pe.putObject("substring").put("start", s.start()).put("length", s.length());
                    }
                }
                ObjectNode span = lo.putObject("span");
                position(span.putObject("start"), l.span().start());
                position(span.putObject("end"), l.span().end());
            }
        }
        return out;
    }

    static List<Finding> decode(JsonNode node, String analyzer) {
        if (!node.isArray()) {
            throw new IllegalArgumentException("not a finding list");
        }
        List<Finding> out = new ArrayList<>();
        for (JsonNode f : node) {
            List<Location> locations = new ArrayList<>();
            for (JsonNode l : f.withArray("locations")) {
                List<PathElement> path = new ArrayList<>();
                for (JsonNode pe : l.withArray("path")) {
                    if (pe.has("index")) {
                        path.add(PathElement.index(pe.get("index").asInt()));
                    } else if (pe.has("key")) {
                        path.add(PathElement.key(pe.get("key").asText()));
                    } else if (pe.has("value")) {
                        path.add(PathElement.value(pe.get("value").asText()));
                    } else if (pe.has("substring")) {
                        path.add(new PathElement.Substring(
                                pe.get("substring").get("start").asInt(),
                                pe.get("substring").get("length").asInt()));
                    } else {
                        throw new IllegalArgumentException("bad path element " + pe);
                    }
                }
                JsonNode span = l.required("span");
                locations.add(new Location(
                        new ElementPath(path),
                        new Span(position(span.required("start")), position(span.required("end")))));
            }
            out.add(new Finding(
                    FindingType.valueOf(f.required("findingType").asText()),
                    f.required("issueCode").asText(),
                    f.path("findingDetails").asText(),
                    f.path("learnMoreLink").asText(),
                    locations,
                    Set.of(analyzer)));
        }
        return out;
    }

    private static void position(ObjectNode o, Position p) {
        o.put("line", p.line()).put("column", p.column()).put("offset", p.offset());
    }

    private static Position position(JsonNode n) {
        return new Position(
                n.required("line").asInt(),
                n.required("column").asInt(),
                n.required("offset").asInt());
    }
}
