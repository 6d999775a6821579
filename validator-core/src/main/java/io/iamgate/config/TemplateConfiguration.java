package io.iamgate.config;

import io.iamgate.load.LocatedJsonParser;
import io.iamgate.load.Node;
import io.iamgate.load.ParsedJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CloudFormation parameter values from a file, in the forms AWS's own tools take them (those cfn-policy-validator
 * accepts): a CodePipeline template configuration file ({@code {"Parameters": {"Key": "Value"}}}), the list the
 * CloudFormation CLI takes ({@code [{"ParameterKey": "Key", "ParameterValue": "Value"}]}), or a list of
 * {@code "Key=Value"} strings. Anything else is an error naming the file and the form expected.
 */
public final class TemplateConfiguration {

    static final long MAX_BYTES = 1024 * 1024;

    private static final String EXPECTED = "expected a CodePipeline template configuration ({\"Parameters\": "
            + "{\"Key\": \"Value\"}}), a list of {\"ParameterKey\": ..., \"ParameterValue\": ...} or a list of "
            + "\"Key=Value\" strings";

    private TemplateConfiguration() {}

    /** The values in {@code file}, shown as {@code shownAs} in errors. */
    public static Map<String, String> read(Path file, String shownAs) throws ConfigException {
        String text;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ConfigException(shownAs + ": is " + size + " bytes, larger than the " + MAX_BYTES
                        + "-byte limit for a template configuration file");
            }
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(shownAs + ": cannot be read ("
                    + e.getClass().getSimpleName() + "); check the " + "path of the template configuration file");
        }
        return parse(text, shownAs);
    }

    public static Map<String, String> parse(String text, String shownAs) throws ConfigException {
        ParsedJson parsed = new LocatedJsonParser().parse(text);
        if (!parsed.isValid()) {
            var error = parsed.syntaxError().orElseThrow();
            throw new ConfigException(
                    shownAs + ":" + error.position().line() + ": " + error.message() + " (" + EXPECTED + ")");
        }
        Map<String, String> out = new LinkedHashMap<>();
        Node root = parsed.root();
        if (root instanceof Node.ObjectNode o && o.get("Parameters").isPresent()) {
            if (!(o.get("Parameters").get() instanceof Node.ObjectNode parameters)) {
                throw error(shownAs, o.get("Parameters").get(), "Parameters is not an object");
            }
            for (Node.Member m : parameters.members()) {
                out.put(m.name(), scalar(shownAs, m.value(), "the value of " + m.name()));
            }
            return out;
        }
        if (!(root instanceof Node.ArrayNode list)) {
            throw error(shownAs, root, "not a form of parameter values iamgate knows");
        }
        for (Node item : list.elements()) {
            if (item instanceof Node.StringNode s) {
                Map.Entry<String, String> kv = keyValue(s.value())
                        .orElseThrow(() -> error(shownAs, item, "'" + s.value() + "' is not Key=Value"));
                out.put(kv.getKey(), kv.getValue());
            } else if (item instanceof Node.ObjectNode o
                    && o.get("ParameterKey").isPresent()) {
                String key = scalar(shownAs, o.get("ParameterKey").get(), "ParameterKey");
                Optional<Node> value = o.get("ParameterValue");
                if (value.isEmpty()) {
                    throw error(
                            shownAs,
                            item,
                            "parameter " + key + " has no ParameterValue (UsePreviousValue "
                                    + "needs the deployed stack, which iamgate does not read)");
                }
                out.put(key, scalar(shownAs, value.get(), "the ParameterValue of " + key));
            } else {
                throw error(
                        shownAs,
                        item,
                        "an element that is neither \"Key=Value\" nor {\"ParameterKey\": ..., "
                                + "\"ParameterValue\": ...}");
            }
        }
        return out;
    }

    /** {@code Key=Value} (the value may hold {@code =}); empty when there is no {@code =} or no key. */
    public static Optional<Map.Entry<String, String>> keyValue(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(text.substring(0, eq).trim(), text.substring(eq + 1)));
    }

    private static String scalar(String shownAs, Node node, String what) throws ConfigException {
        if (node instanceof Node.StringNode s) {
            return s.value();
        }
        if (node instanceof Node.NumberNode n) {
            return n.text();
        }
        if (node instanceof Node.BooleanNode b) {
            return String.valueOf(b.value());
        }
        if (node instanceof Node.ArrayNode a && a.elements().stream().allMatch(Node.StringNode.class::isInstance)) {
            // a list parameter written as a list: CloudFormation takes it comma-joined
            return String.join(
                    ",",
                    a.elements().stream()
                            .map(e -> ((Node.StringNode) e).value())
                            .toList());
        }
        throw error(shownAs, node, what + " is not a string");
    }

    private static ConfigException error(String shownAs, Node at, String message) {
        return new ConfigException(shownAs + ":" + at.span().start().line() + ": " + message + " (" + EXPECTED + ")");
    }

    /** The values of several sources, a later one winning for the same key. */
    public static Map<String, String> merge(List<Map<String, String>> sources) {
        Map<String, String> out = new LinkedHashMap<>();
        sources.forEach(out::putAll);
        return out;
    }
}
