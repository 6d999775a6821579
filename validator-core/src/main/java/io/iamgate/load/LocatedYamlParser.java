package io.iamgate.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.iamgate.load.Node.ArrayNode;
import io.iamgate.load.Node.BooleanNode;
import io.iamgate.load.Node.Member;
import io.iamgate.load.Node.NullNode;
import io.iamgate.load.Node.NumberNode;
import io.iamgate.load.Node.ObjectNode;
import io.iamgate.load.Node.StringNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses YAML into the same located {@link Node} tree as {@link LocatedJsonParser}, so that templates
 * written in YAML and JSON are read by one extractor. CloudFormation's short-form tags ({@code !Sub},
 * {@code !GetAtt A.B}, ...) become their long form ({@code {"Fn::Sub": ...}}) with the member name spanning
 * the tag. Aliases are expanded by sharing the anchored subtree; the expanded size is counted and capped,
 * so an alias bomb fails with a message instead of exhausting memory further down the pipeline.
 */
public final class LocatedYamlParser {

    /** Far above any real template; the count includes every node an alias expands to. */
    public static final int DEFAULT_MAX_NODES = 1_000_000;

    private static final Set<String> FN_TAGS = Set.of(
            "Sub",
            "GetAtt",
            "Join",
            "Select",
            "Split",
            "FindInMap",
            "If",
            "Equals",
            "Not",
            "And",
            "Or",
            "ImportValue",
            "Base64",
            "Cidr",
            "GetAZs",
            "Transform",
            "Length",
            "ToJsonString");

    private final YAMLFactory factory;
    private final int maxNodes;
    private final DuplicateKey.Mode duplicates;

    public LocatedYamlParser() {
        this(DEFAULT_MAX_NODES);
    }

    public LocatedYamlParser(DuplicateKey.Mode duplicates) {
        this(DEFAULT_MAX_NODES, duplicates);
    }

    public LocatedYamlParser(int maxNodes) {
        this(maxNodes, DuplicateKey.Mode.REJECT);
    }

    public LocatedYamlParser(int maxNodes, DuplicateKey.Mode duplicates) {
        this.maxNodes = maxNodes;
        this.duplicates = duplicates;
        this.factory = YAMLFactory.builder()
                .streamReadConstraints(Limits.streamReadConstraints())
                .build();
    }

    public ParsedJson parse(String text) {
        SourceLines lines = new SourceLines(text);
        if (text.isBlank()) {
            return ParsedJson.failed(
                    text, lines, new JsonSyntaxError("The document is empty.", lines.position(text.length())));
        }
        Offsets offsets = new Offsets(text);
        try (YAMLParser parser = (YAMLParser) factory.createParser(text)) {
            TreeBuilder builder = new TreeBuilder(text, lines, offsets, parser, maxNodes, duplicates);
            Node root = builder.build();
            if (root == null) {
                return ParsedJson.failed(text, lines, new JsonSyntaxError("The document is empty.", lines.position(0)));
            }
            return ParsedJson.ok(text, lines, root, builder.found);
        } catch (YamlProblem e) {
            return ParsedJson.failed(
                    text,
                    lines,
                    new JsonSyntaxError(
                            e.getMessage(), lines.position(Math.max(0, Math.min(text.length(), e.offset)))));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int offset = at == null ? 0 : offsets.toChar(at.getCharOffset());
            return ParsedJson.failed(
                    text,
                    lines,
                    new JsonSyntaxError(
                            "The document is not valid YAML: "
                                    + ParseMessage.withoutContent(firstLine(e.getOriginalMessage())),
                            lines.position(Math.max(0, Math.min(text.length(), offset)))));
        } catch (IOException e) {
            return ParsedJson.failed(
                    text,
                    lines,
                    new JsonSyntaxError("The text could not be read: " + e.getMessage(), lines.position(0)));
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            // SnakeYAML reports some malformed input (bad indentation, tabs) as unchecked exceptions.
            return ParsedJson.failed(
                    text,
                    lines,
                    new JsonSyntaxError(
                            "The document is not valid YAML: "
                                    + ParseMessage.withoutContent(firstLine(String.valueOf(e.getMessage()))),
                            lines.position(markOffset(e, offsets, text))));
        }
    }

    private static int markOffset(org.yaml.snakeyaml.error.YAMLException e, Offsets offsets, String text) {
        if (e instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
            return Math.max(
                    0, Math.min(text.length(), offsets.toChar(m.getProblemMark().getIndex())));
        }
        return 0;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /** A problem found while building the tree (duplicate key, unknown alias, too many nodes). */
    private static final class YamlProblem extends RuntimeException {
        final int offset;

        YamlProblem(String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    /** SnakeYAML counts code points; Java strings count UTF-16 units. Identity unless the text has surrogates. */
    private static final class Offsets {
        private final int[] charOfCodePoint;

        Offsets(String text) {
            if (text.codePointCount(0, text.length()) == text.length()) {
                charOfCodePoint = null;
            } else {
                int n = text.codePointCount(0, text.length());
                charOfCodePoint = new int[n + 1];
                int c = 0;
                for (int i = 0; i < n; i++) {
                    charOfCodePoint[i] = c;
                    c += Character.charCount(text.codePointAt(c));
                }
                charOfCodePoint[n] = c;
            }
        }

        int toChar(long codePoint) {
            if (codePoint < 0) {
                return 0;
            }
            if (charOfCodePoint == null) {
                return (int) codePoint;
            }
            return charOfCodePoint[(int) Math.min(codePoint, charOfCodePoint.length - 1)];
        }
    }

    private static final class TreeBuilder {
        private final String text;
        private final SourceLines lines;
        private final Offsets offsets;
        private final YAMLParser parser;
        private final int maxNodes;
        private final DuplicateKey.Mode mode;
        final List<DuplicateKey> found = new ArrayList<>();
        private final Map<String, Anchored> anchors = new HashMap<>();
        private long nodeCount;

        private record Anchored(Node node, long size) {}

        private static final class Frame {
            final boolean isObject;
            final int start;
            final String tag;
            final String anchor;
            final long countAtStart;
            final List<Member> members = new ArrayList<>();
            final List<Node> elements = new ArrayList<>();
            final Set<String> names = new HashSet<>();
            final Map<String, Integer> memberIndex = new HashMap<>();
            int lastEnd;
            String pendingName;
            Span pendingNameSpan;
            int pendingReplace = -1;

            Frame(boolean isObject, int start, String tag, String anchor, long countAtStart) {
                this.isObject = isObject;
                this.start = start;
                this.tag = tag;
                this.anchor = anchor;
                this.countAtStart = countAtStart;
                this.lastEnd = start;
            }
        }

        TreeBuilder(
                String text,
                SourceLines lines,
                Offsets offsets,
                YAMLParser parser,
                int maxNodes,
                DuplicateKey.Mode mode) {
            this.mode = mode;
            this.text = text;
            this.lines = lines;
            this.offsets = offsets;
            this.parser = parser;
            this.maxNodes = maxNodes;
        }

        Node build() throws IOException {
            Deque<Frame> stack = new ArrayDeque<>();
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                int start = offsets.toChar(parser.currentTokenLocation().getCharOffset());
                int end = offsets.toChar(parser.currentLocation().getCharOffset());
                Node completed = null;
                long completedSize = 1;
                switch (token) {
                    case START_OBJECT, START_ARRAY -> {
                        count(1, start);
                        stack.push(new Frame(
                                token == JsonToken.START_OBJECT,
                                start,
                                parser.getTypeId(),
                                parser.getObjectId(),
                                nodeCount));
                    }
                    case END_OBJECT, END_ARRAY -> {
                        Frame f = stack.pop();
                        int close = closingEnd(f, end);
                        completed = f.isObject
                                ? new ObjectNode(f.members, lines.span(f.start, close))
                                : new ArrayNode(f.elements, lines.span(f.start, close));
                        completedSize = nodeCount - f.countAtStart + 1;
                        completed = shortForm(f.tag, completed, f.start);
                        if (f.anchor != null) {
                            anchors.put(f.anchor, new Anchored(completed, completedSize));
                        }
                    }
                    case FIELD_NAME -> {
                        Frame f = stack.peek();
                        String name = parser.currentName();
                        f.pendingReplace = -1;
                        Span nameSpan = lines.span(start, Math.max(start, end));
                        if (!f.names.add(name)) {
                            if (mode == DuplicateKey.Mode.REJECT) {
                                throw new YamlProblem(
                                        "The document is not valid YAML: duplicate key \"" + name + "\".", start);
                            }
                            f.pendingReplace = f.memberIndex.get(name);
                            found.add(new DuplicateKey(
                                    name, f.members.get(f.pendingReplace).nameSpan(), nameSpan));
                        }
                        f.pendingName = name;
                        f.pendingNameSpan = nameSpan;
                    }
                    default -> {
                        if (parser.isCurrentAlias()) {
                            String name = parser.getText();
                            Anchored a = anchors.get(name);
                            if (a == null) {
                                throw new YamlProblem(
                                        "The document is not valid YAML: alias *" + name
                                                + " refers to no anchor defined before it.",
                                        start);
                            }
                            count(a.size(), start);
                            completed = a.node();
                            completedSize = a.size();
                        } else {
                            count(1, start);
                            completed = scalar(token, start, Math.max(start, end));
                            String anchor = parser.getObjectId();
                            if (anchor != null) {
                                anchors.put(anchor, new Anchored(completed, 1));
                            }
                        }
                    }
                }
                if (completed != null) {
                    Frame parent = stack.peek();
                    if (parent == null) {
                        return completed;
                    }
                    parent.lastEnd =
                            Math.max(parent.lastEnd, completed.span().end().offset());
                    if (parent.isObject) {
                        Member m = new Member(parent.pendingName, parent.pendingNameSpan, completed);
                        if (parent.pendingReplace >= 0) {
                            parent.members.set(parent.pendingReplace, m);
                        } else {
                            parent.memberIndex.put(m.name(), parent.members.size());
                            parent.members.add(m);
                        }
                    } else {
                        parent.elements.add(completed);
                    }
                }
            }
            return null;
        }

        private void count(long n, int offset) {
            nodeCount += n;
            if (nodeCount > maxNodes) {
                throw new YamlProblem(
                        "The document expands to more than " + maxNodes
                                + " nodes (YAML aliases are expanded); refusing to read it. Remove the aliases.",
                        offset);
            }
        }

        /** A flow collection ends at its bracket; a block collection at the end of its last value. */
        private int closingEnd(Frame f, int eventEnd) {
            if (eventEnd > 0 && eventEnd <= text.length()) {
                char c = text.charAt(eventEnd - 1);
                if ((f.isObject && c == '}') || (!f.isObject && c == ']')) {
                    return eventEnd;
                }
            }
            return f.lastEnd;
        }

        private Node scalar(JsonToken token, int start, int end) throws IOException {
            String tag = parser.getTypeId();
            Span span = lines.span(start, end);
            Node node;
            if (tag != null && !tag.startsWith("tag:yaml.org")) {
                // A tagged scalar (e.g. !Ref Name) is a string whatever it looks like.
                node = new StringNode(parser.getText(), span);
            } else {
                node = switch (token) {
                    case VALUE_STRING -> new StringNode(parser.getText(), span);
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new NumberNode(parser.getText(), span);
                    case VALUE_TRUE -> new BooleanNode(true, span);
                    case VALUE_FALSE -> new BooleanNode(false, span);
                    case VALUE_NULL -> new NullNode(span);
                    default -> new StringNode(parser.getText(), span);
                };
            }
            return shortForm(tag, node, start);
        }

        /** {@code !X value} -> {@code {"Fn::X": value}} ({@code Ref}, {@code Condition} keep their names). */
        private Node shortForm(String tag, Node value, int start) {
            if (tag == null) {
                return value;
            }
            String name;
            if (tag.equals("Ref") || tag.equals("Condition")) {
                name = tag;
            } else if (FN_TAGS.contains(tag)) {
                name = "Fn::" + tag;
            } else {
                return value;
            }
            int tagStart = text.indexOf('!', start);
            if (tagStart < 0 || tagStart > value.span().end().offset()) {
                tagStart = start;
            }
            int tagEnd = tagStart;
            while (tagEnd < text.length()
                    && !Character.isWhitespace(text.charAt(tagEnd))
                    && text.charAt(tagEnd) != '['
                    && text.charAt(tagEnd) != '{') {
                tagEnd++;
            }
            Node inner = value;
            if (name.equals("Fn::GetAtt") && value instanceof StringNode s) {
                inner = splitGetAtt(s);
            }
            count(1, start);
            return new ObjectNode(
                    List.of(new Member(name, lines.span(tagStart, tagEnd), inner)),
                    lines.span(tagStart, Math.max(tagEnd, value.span().end().offset())));
        }

        /** {@code !GetAtt Res.Attr.Sub} names the resource before the first dot. */
        private Node splitGetAtt(StringNode s) {
            String v = s.value();
            int dot = v.indexOf('.');
            if (dot < 0) {
                return s;
            }
            int base = s.span().start().offset();
            String raw =
                    text.substring(base, Math.min(text.length(), s.span().end().offset()));
            int at = raw.indexOf(v);
            int first = at < 0 ? base : base + at;
            Span a = at < 0 ? s.span() : lines.span(first, first + dot);
            Span b = at < 0 ? s.span() : lines.span(first + dot + 1, first + v.length());
            return new ArrayNode(
                    List.of(new StringNode(v.substring(0, dot), a), new StringNode(v.substring(dot + 1), b)), s.span());
        }
    }
}
