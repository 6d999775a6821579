package io.iamgate.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.load.Node.ArrayNode;
import io.iamgate.load.Node.ObjectNode;
import io.iamgate.load.Node.StringNode;
import org.junit.jupiter.api.Test;

class LocatedYamlParserTest {

    private static ObjectNode root(String yaml) {
        ParsedJson parsed = new LocatedYamlParser().parse(yaml);
        assertTrue(parsed.isValid(), () -> String.valueOf(parsed.error()));
        return (ObjectNode) parsed.root();
    }

    private static ObjectNode obj(Node n, String name) {
        return (ObjectNode) ((ObjectNode) n).get(name).orElseThrow();
    }

    @Test
    void scalarsMappingsAndSequencesKeepTheirSpans() {
        String yaml = "Version: 2012-10-17\nStatement:\n  - Effect: Allow\n    Action: 's3:GetObject'\n    Count: 3\n"
                + "    Flag: true\n";
        ObjectNode root = root(yaml);
        StringNode version = (StringNode) root.get("Version").orElseThrow();
        assertEquals("2012-10-17", version.value());
        assertEquals(1, version.span().start().line());
        assertEquals(9, version.span().start().column());
        assertEquals("2012-10-17", version.span().of(yaml));
        ArrayNode statements = (ArrayNode) root.get("Statement").orElseThrow();
        ObjectNode s0 = (ObjectNode) statements.elements().get(0);
        Node action = s0.get("Action").orElseThrow();
        assertEquals("'s3:GetObject'", action.span().of(yaml));
        assertEquals(4, action.span().start().line());
        assertEquals("Action", s0.member("Action").orElseThrow().nameSpan().of(yaml));
        assertInstanceOf(Node.NumberNode.class, s0.get("Count").orElseThrow());
        assertInstanceOf(Node.BooleanNode.class, s0.get("Flag").orElseThrow());
        assertEquals(3, s0.span().start().line());
    }

    @Test
    void shortFormTagsBecomeLongFormWithTheTagsLocation() {
        String yaml = "A: !Ref Bucket\nB: !GetAtt Role.Arn\nC: !Sub 'arn:${AWS::Partition}:s3:::x'\n"
                + "D: !Join\n  - ''\n  - - a\n    - !Ref B\nE: !GetAtt [Role, Arn]\nF: !If [Cond, !Ref X, !Ref AWS::NoValue]\n";
        ObjectNode root = root(yaml);
        ObjectNode a = obj(root, "A");
        assertEquals("Ref", a.members().get(0).name());
        assertEquals("!Ref", a.members().get(0).nameSpan().of(yaml));
        assertEquals("Bucket", ((StringNode) a.get("Ref").orElseThrow()).value());
        ObjectNode b = obj(root, "B");
        ArrayNode getAtt = (ArrayNode) b.get("Fn::GetAtt").orElseThrow();
        assertEquals("Role", ((StringNode) getAtt.elements().get(0)).value());
        assertEquals("Arn", getAtt.elements().get(1).span().of(yaml));
        assertEquals(2, b.span().start().line());
        assertEquals("Fn::Sub", obj(root, "C").members().get(0).name());
        ObjectNode d = obj(root, "D");
        assertEquals("!Join", d.members().get(0).nameSpan().of(yaml));
        ArrayNode join = (ArrayNode) d.get("Fn::Join").orElseThrow();
        ArrayNode parts = (ArrayNode) join.elements().get(1);
        assertEquals(
                "Ref", ((ObjectNode) parts.elements().get(1)).members().get(0).name());
        assertEquals(7, parts.elements().get(1).span().start().line());
        assertEquals(
                2,
                ((ArrayNode) obj(root, "E").get("Fn::GetAtt").orElseThrow())
                        .elements()
                        .size());
        ArrayNode ifArgs = (ArrayNode) obj(root, "F").get("Fn::If").orElseThrow();
        assertEquals(3, ifArgs.elements().size());
    }

    @Test
    void aliasesAreExpanded() {
        ObjectNode root = root("a: &x {k: v}\nb: *x\n");
        assertEquals(root.get("a").orElseThrow(), root.get("b").orElseThrow());
    }

    @Test
    void anAliasBombFailsWithAClearMessage() {
        StringBuilder y = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            y.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            y.append("]\n");
        }
        ParsedJson parsed = new LocatedYamlParser().parse(y.toString());
        assertFalse(parsed.isValid());
        assertTrue(
                parsed.error().message().contains("more than 1000000 nodes"),
                parsed.error().message());
    }

    @Test
    void malformedYamlNamesTheLine() {
        ParsedJson parsed = new LocatedYamlParser().parse("a: 1\nb: [1, 2\nc: 3\n");
        assertFalse(parsed.isValid());
        assertTrue(
                parsed.error().message().startsWith("The document is not valid YAML"),
                parsed.error().message());
        assertTrue(
                parsed.error().position().line() >= 2,
                String.valueOf(parsed.error().position()));
    }

    @Test
    void duplicateKeysAreRejected() {
        ParsedJson parsed = new LocatedYamlParser().parse("a: 1\na: 2\n");
        assertFalse(parsed.isValid());
        assertEquals(2, parsed.error().position().line());
    }

    @Test
    void tabsAndBadIndentationAreSyntaxErrorsNotCrashes() {
        for (String bad : new String[] {"a:\n\tb: 1\n", "a: 1\n  b: 2\n", "a: 'unterminated\n", "- a\nb: c\n"}) {
            ParsedJson parsed = new LocatedYamlParser().parse(bad);
            assertFalse(parsed.isValid(), bad);
            assertTrue(
                    parsed.error().message().startsWith("The document is not valid YAML"),
                    parsed.error().message());
        }
    }
}
