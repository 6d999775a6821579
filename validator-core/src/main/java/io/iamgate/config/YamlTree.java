package io.iamgate.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The configuration file read as a small tree that remembers the line of every key and value, so that
 * errors can name them. Built from Jackson's streaming YAML parser with an explicit stack (deep input
 * cannot overflow the Java stack). Anchors and aliases are refused: a configuration has no need for them,
 * and refusing them makes alias bombs harmless.
 */
final class YamlTree {

    static final int MAX_DEPTH = 50;
    static final int MAX_CODE_POINTS = 1024 * 1024;

    sealed interface Node permits Scalar, Sequence, Mapping {
        int line();
    }

    /** A scalar as written; {@code isNull} for ~, null or an empty value; {@code quoted} for strings. */
    record Scalar(String text, boolean isNull, boolean isString, int line) implements Node {}

    record Sequence(List<Node> items, int line) implements Node {}

    record Entry(String key, int keyLine, Node value) {}

    record Mapping(Map<String, Entry> entries, int line) implements Node {}

    private YamlTree() {}

    private static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        return YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .build())
                .build();
    }

    /** Empty text gives an empty mapping. @throws ConfigException naming {@code file} and the line */
    static Mapping parse(String text, String file) throws ConfigException {
        Deque<Object[]> stack = new ArrayDeque<>(); // {builder, line, pendingKey, pendingKeyLine}
        Node root = null;
        try (JsonParser p = factory().createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                int line = p.currentTokenLocation().getLineNr();
                if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                    throw new ConfigException(file + ":" + line + ": YAML aliases (*" + y.getText()
                            + ") are not supported in the configuration; write the value out");
                }
                Node done = null;
                switch (t) {
                    case START_OBJECT -> stack.push(new Object[] {new LinkedHashMap<String, Entry>(), line, null, 0});
                    case START_ARRAY -> stack.push(new Object[] {new ArrayList<Node>(), line, null, 0});
                    case END_OBJECT, END_ARRAY -> {
                        Object[] f = stack.pop();
                        done = t == JsonToken.END_OBJECT
                                ? new Mapping(castMap(f[0]), (int) f[1])
                                : new Sequence(castList(f[0]), (int) f[1]);
                    }
                    case FIELD_NAME -> {
                        Object[] f = stack.peek();
                        String key = p.currentName();
                        if (castMap(f[0]).containsKey(key)) {
                            throw new ConfigException(
                                    file + ":" + line + ": duplicate key '" + key + "' (first on line "
                                            + castMap(f[0]).get(key).keyLine() + ")");
                        }
                        f[2] = key;
                        f[3] = line;
                    }
                    case VALUE_NULL -> done = new Scalar("", true, false, line);
                    case VALUE_STRING -> done = new Scalar(p.getText(), false, true, line);
                    default -> done = new Scalar(p.getText(), false, false, line);
                }
                if (done != null) {
                    Object[] parent = stack.peek();
                    if (parent == null) {
                        if (root != null) {
                            throw new ConfigException(file + ":" + line + ": more than one YAML document; keep one");
                        }
                        root = done;
                    } else if (parent[0] instanceof Map) {
                        String key = (String) parent[2];
                        castMap(parent[0]).put(key, new Entry(key, (int) parent[3], done));
                    } else {
                        castList(parent[0]).add(done);
                    }
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new ConfigException(file + ":" + line + ": not valid YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            // SnakeYAML's own limits (code points, nesting, aliases) surface as unchecked exceptions.
            throw new ConfigException(file + ": not a usable YAML configuration: " + firstLine(e.getMessage()));
        }
        if (root == null || root instanceof Scalar s && s.isNull()) {
            return new Mapping(Map.of(), 1);
        }
        if (!(root instanceof Mapping m)) {
            throw new ConfigException(file + ":" + root.line() + ": the configuration must be a mapping of keys "
                    + "(e.g. 'failOn: ERROR'), not a " + (root instanceof Sequence ? "list" : "single value"));
        }
        return m;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Entry> castMap(Object o) {
        return (Map<String, Entry>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Node> castList(Object o) {
        return (List<Node>) o;
    }
}
