package io.iamgate.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
 * Parses JSON text into a {@link Node} tree that keeps the span of every token, computed on the exact
 * text (no re-serialisation), so findings point at what the author wrote. Jackson does the tokenising
 * and enforces nesting and size limits; token ends are found by scanning the text, because Jackson
 * reports only token starts.
 */
public final class LocatedJsonParser {

    private final JsonFactory factory;
    private final DuplicateKey.Mode duplicates;

    public LocatedJsonParser() {
        this(DuplicateKey.Mode.REJECT);
    }

    public LocatedJsonParser(DuplicateKey.Mode duplicates) {
        this.factory = JsonFactory.builder()
                .streamReadConstraints(Limits.streamReadConstraints())
                .build();
        this.duplicates = duplicates;
    }

    public ParsedJson parse(String text) {
        SourceLines lines = new SourceLines(text);
        if (text.isBlank()) {
            return ParsedJson.failed(
                    text, lines, new JsonSyntaxError("The document is empty.", lines.position(text.length())));
        }
        try (JsonParser parser = factory.createParser(text)) {
            TreeBuilder builder = new TreeBuilder(text, lines, parser, duplicates);
            Node root = builder.build();
            return ParsedJson.ok(text, lines, root, builder.found);
        } catch (StructureError e) {
            return ParsedJson.failed(text, lines, new JsonSyntaxError(e.getMessage(), lines.position(e.offset)));
        } catch (StreamConstraintsException e) {
            int offset = (int) Math.max(
                    0,
                    Math.min(
                            text.length(),
                            e.getLocation() == null ? 0 : e.getLocation().getCharOffset()));
            return ParsedJson.failed(
                    text,
                    lines,
                    new JsonSyntaxError(
                            "The document exceeds a parser limit: " + firstLine(e.getOriginalMessage()),
                            lines.position(offset)));
        } catch (JsonProcessingException e) {
            long at = e.getLocation() == null ? 0 : e.getLocation().getCharOffset();
            int offset = (int) Math.max(0, Math.min(text.length(), at < 0 ? 0 : at));
            return ParsedJson.failed(text, lines, new JsonSyntaxError(describe(e), lines.position(offset)));
        } catch (IOException e) {
            return ParsedJson.failed(
                    text,
                    lines,
                    new JsonSyntaxError("The text could not be read: " + e.getMessage(), lines.position(0)));
        }
    }

    private static String describe(JsonProcessingException e) {
        String m = firstLine(e.getOriginalMessage());
        // Jackson's wording names codes and internal states; keep the part a policy author can act on.
        m = m.replaceAll(" \\(code \\d+\\)", "").replaceAll(" \\(for [^)]*\\)", "");
        return "The document is not valid JSON: " + ParseMessage.withoutContent(m);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * A document Jackson accepts but a policy must not have: a duplicate member name (JSON allows it, IAM
     * does not, and which value wins would be a guess), or content after the first value.
     */
    private static final class StructureError extends RuntimeException {
        final int offset;

        StructureError(String message, int offset) {
            super("The document is not valid JSON: " + message, null, false, false);
            this.offset = offset;
        }
    }

    /** Builds the tree with an explicit stack, so deep input cannot overflow the Java stack. */
    private static final class TreeBuilder {
        private final String text;
        private final SourceLines lines;
        private final JsonParser parser;
        private final DuplicateKey.Mode mode;
        final List<DuplicateKey> found = new ArrayList<>();

        TreeBuilder(String text, SourceLines lines, JsonParser parser, DuplicateKey.Mode mode) {
            this.text = text;
            this.lines = lines;
            this.parser = parser;
            this.mode = mode;
        }

        private static final class Frame {
            final boolean isObject;
            final int start;
            final List<Member> members = new ArrayList<>();
            final List<Node> elements = new ArrayList<>();
            final Set<String> names = new HashSet<>();
            final Map<String, Integer> memberIndex = new HashMap<>();
            String pendingName;
            int pendingNameStart;
            int pendingReplace = -1;

            Frame(boolean isObject, int start) {
                this.isObject = isObject;
                this.start = start;
            }
        }

        Node build() throws IOException {
            Deque<Frame> stack = new ArrayDeque<>();
            Node result = null;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                int start = (int) parser.currentTokenLocation().getCharOffset();
                if (result != null) {
                    throw new StructureError("unexpected content after the end of the document.", start);
                }
                Node completed = null;
                switch (token) {
                    case START_OBJECT -> stack.push(new Frame(true, start));
                    case START_ARRAY -> stack.push(new Frame(false, start));
                    case END_OBJECT -> {
                        Frame f = stack.pop();
                        completed = new ObjectNode(f.members, lines.span(f.start, start + 1));
                    }
                    case END_ARRAY -> {
                        Frame f = stack.pop();
                        completed = new ArrayNode(f.elements, lines.span(f.start, start + 1));
                    }
                    case FIELD_NAME -> {
                        Frame f = stack.peek();
                        String name = parser.currentName();
                        f.pendingReplace = -1;
                        if (!f.names.add(name)) {
                            if (mode == DuplicateKey.Mode.REJECT) {
                                throw new StructureError("duplicate key \"" + name + "\".", start);
                            }
                            f.pendingReplace = f.memberIndex.get(name);
                            found.add(new DuplicateKey(
                                    name,
                                    f.members.get(f.pendingReplace).nameSpan(),
                                    lines.span(start, stringEnd(start))));
                        }
                        f.pendingName = name;
                        f.pendingNameStart = start;
                    }
                    case VALUE_STRING ->
                        completed = new StringNode(parser.getText(), lines.span(start, stringEnd(start)));
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                        String t = parser.getText();
                        completed = new NumberNode(t, lines.span(start, start + t.length()));
                    }
                    case VALUE_TRUE -> completed = new BooleanNode(true, lines.span(start, start + 4));
                    case VALUE_FALSE -> completed = new BooleanNode(false, lines.span(start, start + 5));
                    case VALUE_NULL -> completed = new NullNode(lines.span(start, start + 4));
                    default -> throw new IllegalStateException("unexpected token " + token);
                }
                if (completed != null) {
                    Frame parent = stack.peek();
                    if (parent == null) {
                        result = completed;
                    } else if (parent.isObject) {
                        Member m = new Member(
                                parent.pendingName,
                                lines.span(parent.pendingNameStart, stringEnd(parent.pendingNameStart)),
                                completed);
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
            return result;
        }

        /** End (exclusive) of the string token whose opening quote is at {@code start}. */
        private int stringEnd(int start) {
            int i = start + 1;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i += 2;
                } else if (c == '"') {
                    return i + 1;
                } else {
                    i++;
                }
            }
            return n;
        }
    }
}
