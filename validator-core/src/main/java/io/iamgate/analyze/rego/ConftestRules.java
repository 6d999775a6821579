package io.iamgate.analyze.rego;

import com.fasterxml.jackson.databind.JsonNode;
import io.iamgate.analyze.AnalyzerException;
import io.iamgate.load.Node;
import io.iamgate.model.ElementPath;
import io.iamgate.model.Finding;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.model.PolicyUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a package document the way conftest does: rules {@code deny}, {@code violation} (failures) and
 * {@code warn} (warnings), each optionally suffixed {@code _name}, holding strings or {@code {"msg": ...}} objects
 * (an empty message passes, as in conftest); {@code exception} holds lists of rule names (without the deny_,
 * violation_ or warn_ prefix; "" for the bare rules) that do not apply to this input.
 *
 * <p>Failures become ERROR findings and warnings WARNING findings, so that they block and do not block under the
 * default --fail-on exactly as conftest fails and passes; an object may name its own {@code findingType},
 * {@code issueCode} and {@code path} (Access Analyzer shape), or {@code _loc.line} (a line of the policy text).
 */
final class ConftestRules {

    private static final Pattern FAILURE = Pattern.compile("^(deny|violation)(_[a-zA-Z0-9]+)*$");
    private static final Pattern WARNING = Pattern.compile("^warn(_[a-zA-Z0-9]+)*$");

    private ConftestRules() {}

    /** Where a rule's result points: in the unit's policy text, or (for a principal) at its definition. */
    @FunctionalInterface
    interface Locator {
        Location locate(JsonNode result, String where) throws AnalyzerException;
    }

    static List<Finding> findings(PackageDocument doc, PolicyUnit unit, String pack) throws AnalyzerException {
        return findings(doc, pack, (result, where) -> inPolicy(result, unit, where));
    }

    /** A principal's findings: at its definition, whatever {@code path} a result names (there is no policy text). */
    static List<Finding> findings(PackageDocument doc, Location definition, String pack) throws AnalyzerException {
        return findings(doc, pack, (result, where) -> definition);
    }

    private static List<Finding> findings(PackageDocument doc, String pack, Locator locator) throws AnalyzerException {
        JsonNode value = doc.value();
        if (!value.isObject()) {
            return List.of();
        }
        Set<String> exempt = exceptions(value.path("exception"));
        List<Finding> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> rules = value.fields();
        while (rules.hasNext()) {
            Map.Entry<String, JsonNode> rule = rules.next();
            String name = rule.getKey();
            boolean failure = FAILURE.matcher(name).matches();
            if (!failure && !WARNING.matcher(name).matches()) {
                continue;
            }
            // conftest ignores a rule whose value is not a set (e.g. a boolean `deny := true`).
            if (!rule.getValue().isArray() || exempt.contains(exceptionName(name))) {
                continue;
            }
            for (JsonNode result : rule.getValue()) {
                if (!passes(result)) {
                    out.add(finding(doc.packagePath(), name, failure, result, pack, locator));
                }
            }
        }
        return out;
    }

    /** conftest counts a result whose message is empty as a success (its {@code Result.Passed}). */
    private static boolean passes(JsonNode result) {
        return result.isTextual()
                ? result.asText().isEmpty()
                : result.path("msg").isTextual() && result.get("msg").asText().isEmpty();
    }

    /**
     * The name conftest queries {@code exception[_][_] == name} with (its {@code removeRulePrefix}): "" for a bare
     * deny, violation or warn, else the rule name with the violation_, deny_ and warn_ prefixes removed.
     */
    static String exceptionName(String rule) {
        if (rule.equals("deny") || rule.equals("violation") || rule.equals("warn")) {
            return "";
        }
        String name = rule;
        for (String prefix : List.of("violation_", "deny_", "warn_")) {
            if (name.startsWith(prefix)) {
                name = name.substring(prefix.length());
            }
        }
        return name;
    }

    /** The strings two levels down, as {@code exception[_][_]} iterates arrays, sets and objects alike. */
    private static Set<String> exceptions(JsonNode exception) {
        Set<String> names = new HashSet<>();
        if (exception.isContainerNode()) {
            for (JsonNode list : exception) {
                for (JsonNode n : list) {
                    if (n.isTextual()) {
                        names.add(n.asText());
                    }
                }
            }
        }
        return names;
    }

    static String issueCode(String packagePath, String rule) {
        return ("REGO_" + packagePath + "_" + rule).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }

    private static Finding finding(
            String pkg, String rule, boolean failure, JsonNode result, String pack, Locator locator)
            throws AnalyzerException {
        String where = "rule data." + pkg + "." + rule + " of the Rego rule pack " + pack;
        FindingType type = failure ? FindingType.ERROR : FindingType.WARNING;
        String code = issueCode(pkg, rule);
        if (result.isTextual()) {
            return Finding.of(
                    type, code, result.asText(), "", BuiltinFindings.ANALYZER, List.of(locator.locate(result, where)));
        }
        if (!result.isObject() || !result.path("msg").isTextual()) {
            throw new AnalyzerException(
                    where + " returned " + result + ": return a string, or an object with a " + "string \"msg\"");
        }
        if (result.has("findingType")) {
            try {
                type = FindingType.valueOf(result.get("findingType").asText());
            } catch (IllegalArgumentException e) {
                throw new AnalyzerException(
                        where + " returned findingType " + result.get("findingType")
                                + ": use ERROR, SECURITY_WARNING, WARNING or SUGGESTION",
                        e);
            }
        }
        if (result.path("issueCode").isTextual()
                && !result.get("issueCode").asText().isBlank()) {
            code = result.get("issueCode").asText();
        }
        Location location = locator.locate(result, where);
        return Finding.of(type, code, result.get("msg").asText(), "", BuiltinFindings.ANALYZER, List.of(location));
    }

    /** An object result's {@code path}, else its {@code _loc.line}, else the whole policy; a plain string: the whole policy. */
    private static Location inPolicy(JsonNode result, PolicyUnit unit, String where) throws AnalyzerException {
        if (!result.isObject()) {
            return RegoPaths.locate(unit.document(), ElementPath.ROOT);
        }
        try {
            return result.has("path")
                    ? RegoPaths.locate(unit.document(), RegoPaths.parse(result.get("path")))
                    : byLine(unit, result.path("_loc").path("line"))
                            .orElse(RegoPaths.locate(unit.document(), ElementPath.ROOT));
        } catch (RegoPaths.InvalidPathException e) {
            throw new AnalyzerException(where + " returned a bad path: " + e.getMessage(), e);
        }
    }

    /** conftest's {@code _loc.line}: the outermost value that starts on that line of the policy text. */
    private static Optional<Location> byLine(PolicyUnit unit, JsonNode line) {
        if (!line.canConvertToInt() || unit.document().root().isEmpty()) {
            return Optional.empty();
        }
        return firstOnLine(unit.document().root().get(), ElementPath.ROOT, line.asInt());
    }

    private static Optional<Location> firstOnLine(Node node, ElementPath path, int line) {
        if (node.span().start().line() == line) {
            return Optional.of(new Location(path, node.span()));
        }
        if (node.span().start().line() > line || node.span().end().line() < line) {
            return Optional.empty();
        }
        if (node instanceof Node.ObjectNode object) {
            for (Node.Member m : object.members()) {
                if (m.nameSpan().start().line() == line) {
                    return Optional.of(
                            new Location(path.value(m.name()), m.value().span()));
                }
                Optional<Location> inner = firstOnLine(m.value(), path.value(m.name()), line);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        } else if (node instanceof Node.ArrayNode array) {
            for (int i = 0; i < array.elements().size(); i++) {
                Optional<Location> inner = firstOnLine(array.elements().get(i), path.index(i), line);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }
}
