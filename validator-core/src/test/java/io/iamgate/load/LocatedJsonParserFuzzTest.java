package io.iamgate.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Coverage-guided fuzzing of the located JSON parser (Jazzer). Whatever the text, parsing ends in one of
 * the two documented outcomes (a tree or a JsonSyntaxError, never an exception), and every position it
 * reports lies within the text and agrees with SourceLines. By default JUnit replays the seeds in
 * src/test/resources/io/iamgate/load/LocatedJsonParserFuzzTestInputs/ (regression mode, a second); to
 * fuzz: {@code JAZZER_FUZZ=1 mvn -pl validator-core test -Dtest=LocatedJsonParserFuzzTest}.
 */
class LocatedJsonParserFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void parsesAnyTextIntoATreeOrALocatedError(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        ParsedJson parsed = new LocatedJsonParser().parse(text);
        assertNotNull(parsed);
        SourceLines lines = new SourceLines(text);
        if (!parsed.isValid()) {
            JsonSyntaxError error = parsed.syntaxError().orElseThrow();
            assertNotNull(error.message());
            assertWithin(error.position(), text, lines);
            return;
        }
        assertNotNull(parsed.root(), "a valid parse has a root");
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(parsed.root());
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            Span span = span(n);
            assertWithin(span.start(), text, lines);
            assertWithin(span.end(), text, lines);
            assertTrue(span.start().offset() < span.end().offset(), "a token is not empty: " + span);
            if (n instanceof Node.ObjectNode o) {
                assertEquals('{', text.charAt(span.start().offset()));
                assertEquals('}', text.charAt(span.end().offset() - 1));
                for (Node.Member m : o.members()) {
                    assertWithin(m.nameSpan().start(), text, lines);
                    assertWithin(m.nameSpan().end(), text, lines);
                    assertEquals('"', text.charAt(m.nameSpan().start().offset()));
                    todo.push(m.value());
                }
            } else if (n instanceof Node.ArrayNode a) {
                assertEquals('[', text.charAt(span.start().offset()));
                a.elements().forEach(todo::push);
            } else if (n instanceof Node.StringNode) {
                assertEquals('"', text.charAt(span.start().offset()));
                assertEquals('"', text.charAt(span.end().offset() - 1));
            }
        }
    }

    private static Span span(Node n) {
        if (n instanceof Node.ObjectNode o) {
            return o.span();
        } else if (n instanceof Node.ArrayNode a) {
            return a.span();
        } else if (n instanceof Node.StringNode s) {
            return s.span();
        } else if (n instanceof Node.NumberNode num) {
            return num.span();
        } else if (n instanceof Node.BooleanNode b) {
            return b.span();
        }
        return ((Node.NullNode) n).span();
    }

    private static void assertWithin(Position p, String text, SourceLines lines) {
        assertTrue(p.offset() >= 0 && p.offset() <= text.length(), "offset " + p + " outside 0.." + text.length());
        assertEquals(lines.position(p.offset()), p, "line and column agree with the offset");
    }
}
