package io.iamgate.analyze.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonTreeTest {

    // Jackson's own ObjectMapper is the reference the streaming-only code must agree with.
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TEXT = """
            {"Statement": [{"Effect": "Allow", "Action": ["s3:Get*", "é \\"quoted\\" \\u2028"], "Resource": "*",
              "Condition": {"NumericLessThan": {"n": [1, -2147483649, 123456789012345678901234567890, 1.5, -2e-3]}}},
              {"Sid": null, "NotAction": [], "Principal": {}, "flags": [true, false]}]}""";

    @Test
    void writesWhatJacksonReadsBackAsTheSameTree() throws IOException {
        JsonNode tree = MAPPER.readTree(TEXT);
        assertEquals(tree, MAPPER.readTree(JsonTree.write(tree)));
    }

    @Test
    void readsTheSameValuesAsJackson() throws IOException {
        JsonNode read = JsonTree.read(TEXT);
        assertEquals(MAPPER.readTree(TEXT), MAPPER.readTree(JsonTree.write(read)));
        JsonNode numbers = read.at("/Statement/0/Condition/NumericLessThan/n");
        assertTrue(numbers.get(0).isInt());
        assertTrue(numbers.get(1).isLong());
        assertTrue(numbers.get(2).isBigInteger());
        assertEquals(0, numbers.get(3).decimalValue().compareTo(new java.math.BigDecimal("1.5")));
        assertEquals("é \"quoted\" \u2028", read.at("/Statement/0/Action/1").textValue());
        assertTrue(read.at("/Statement/1/Sid").isNull());
    }

    @Test
    void aMissingNodeIsWrittenAsNull() throws IOException {
        assertEquals("null", new String(JsonTree.write(MAPPER.missingNode()), StandardCharsets.UTF_8));
    }

    @Test
    void refusesTextThatIsNotExactlyOneJsonValue() {
        assertThrows(IOException.class, () -> JsonTree.read(""));
        assertThrows(IOException.class, () -> JsonTree.read("[1] [2]"));
        assertThrows(IOException.class, () -> JsonTree.read("{\"a\": 1"));
        assertThrows(IOException.class, () -> JsonTree.read("{\"a\" 1}"));
    }
}
