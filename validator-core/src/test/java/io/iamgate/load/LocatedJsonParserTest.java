package io.iamgate.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.load.Node.ArrayNode;
import io.iamgate.load.Node.ObjectNode;
import org.junit.jupiter.api.Test;

class LocatedJsonParserTest {

    private final LocatedJsonParser parser = new LocatedJsonParser();

    /** The AWS CLI validate-policy example: AA reported these exact positions for it. */
    private static final String CLI_EXAMPLE = String.join(
            "\n",
            "{",
            "    \"Version\": \"2012-10-17\",",
            "    \"Statement\": [",
            "        {",
            "            \"Sid\": \"\",",
            "            \"Effect\": \"Allow\",",
            "            \"Principal\": {",
            "                \"Federated\": \"cognito-identity.amazonaws.com\"",
            "            },",
            "            \"Action\": [",
            "                \"sts:AssumeRole\",",
            "                \"sts:TagSession\"",
            "            ],",
            "            \"Condition\": {",
            "                \"StringEquals\": {",
            "                    \"cognito-identity.amazonaws.com:aud\": \"us-west-2_EXAMPLE\"",
            "                }",
            "            }",
            "        }",
            "    ]",
            "}");

    @Test
    void spansMatchAccessAnalyzerOnAMultiLineDocument() {
        ParsedJson parsed = parser.parse(CLI_EXAMPLE);
        ObjectNode statement = (ObjectNode)
                ((ArrayNode) ((ObjectNode) parsed.root()).get("Statement").orElseThrow())
                        .elements()
                        .get(0);
        Node sid = statement.get("Sid").orElseThrow();
        assertEquals(new Position(5, 19, 79), sid.span().start());
        assertEquals(new Position(5, 21, 81), sid.span().end());
        Node action0 =
                ((ArrayNode) statement.get("Action").orElseThrow()).elements().get(0);
        assertEquals(new Position(11, 16, 258), action0.span().start());
        assertEquals(new Position(11, 32, 274), action0.span().end());
        Node federated = ((ObjectNode) statement.get("Principal").orElseThrow())
                .get("Federated")
                .orElseThrow();
        assertEquals(new Position(8, 29, 170), federated.span().start());
        assertEquals(new Position(8, 61, 202), federated.span().end());
        Node aud = ((ObjectNode) ((ObjectNode) statement.get("Condition").orElseThrow())
                        .get("StringEquals")
                        .orElseThrow())
                .get("cognito-identity.amazonaws.com:aud")
                .orElseThrow();
        assertEquals(new Position(16, 58, 443), aud.span().start());
        assertEquals("\"us-west-2_EXAMPLE\"", aud.span().of(CLI_EXAMPLE));
    }

    @Test
    void memberNameSpansCoverTheQuotedKey() {
        String text = "{\"a\\\"b\": [1, true, null, {}]}";
        ObjectNode root = (ObjectNode) parser.parse(text).root();
        Node.Member m = root.members().get(0);
        assertEquals("a\"b", m.name());
        assertEquals("\"a\\\"b\"", m.nameSpan().of(text));
        ArrayNode values = (ArrayNode) m.value();
        assertEquals("[1, true, null, {}]", values.span().of(text));
        assertEquals("true", values.elements().get(1).span().of(text));
        assertEquals("null", values.elements().get(2).span().of(text));
        assertEquals("{}", values.elements().get(3).span().of(text));
    }

    @Test
    void syntaxErrorsSayWhereTheParserStopped() {
        ParsedJson parsed = parser.parse("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [,]\n}");
        assertFalse(parsed.isValid());
        assertEquals(3, parsed.syntaxError().orElseThrow().position().line());
        assertTrue(parsed.syntaxError().orElseThrow().message().startsWith("The document is not valid JSON"));
    }

    @Test
    void duplicateKeysAreSyntaxErrorsAtTheSecondKey() {
        String text = "{\"Statement\": [], \"Statement\": {}}";
        ParsedJson parsed = parser.parse(text);
        assertFalse(parsed.isValid());
        assertEquals(
                text.lastIndexOf("\"Statement\""),
                parsed.syntaxError().orElseThrow().position().offset());
        assertTrue(parsed.syntaxError().orElseThrow().message().contains("duplicate key \"Statement\""));
    }

    @Test
    void emptyAndBlankTextsAreSyntaxErrors() {
        assertFalse(parser.parse("").isValid());
        assertFalse(parser.parse(" \n\t").isValid());
    }

    @Test
    void trailingContentAfterTheDocumentIsAnError() {
        assertFalse(parser.parse("{} {}").isValid());
    }

    @Test
    void deepNestingIsRefusedWithoutOverflowingTheStack() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        ParsedJson parsed = parser.parse(deep);
        assertFalse(parsed.isValid());
        assertTrue(parsed.syntaxError().orElseThrow().message().contains("limit"));
    }

    @Test
    void numbersKeepTheirWrittenForm() {
        Node n = ((ArrayNode) parser.parse("[1.50e3]").root()).elements().get(0);
        assertInstanceOf(Node.NumberNode.class, n);
        assertEquals("1.50e3", ((Node.NumberNode) n).text());
    }
}
