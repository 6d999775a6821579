package io.iamgate.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A parse error says what kind of text was found where, without quoting the file's content. */
class ParseErrorContentTest {

    private static final String TOKEN = "ghp_0123456789abcdefghijklmnopqrstuvwxyzAB";

    private static JsonSyntaxError jsonError(String text) {
        return new LocatedJsonParser().parse(text).syntaxError().orElseThrow();
    }

    private static JsonSyntaxError yamlError(String text) {
        return new LocatedYamlParser().parse(text).syntaxError().orElseThrow();
    }

    @Test
    void parseErrorDoesNotQuoteFileContent() {
        JsonSyntaxError token = jsonError(TOKEN + "\n");
        assertEquals(
                "The document is not valid JSON: Unquoted text (a word that is not a string in double quotes, a "
                        + "number, true, false or null): was expecting (JSON String, Number, Array, Object or token 'null', "
                        + "'true' or 'false')",
                token.message());
        assertEquals(1, token.position().line());

        JsonSyntaxError passwd = jsonError("root:x:0:0:root:/root:/bin/bash\n");
        assertFalse(passwd.message().contains("root"), passwd.message());

        JsonSyntaxError letter = jsonError("{\"Version\": \"2012-10-17\" x}");
        assertFalse(letter.message().contains("'x'"), letter.message());
        assertTrue(letter.message().contains("a letter or digit"), letter.message());

        JsonSyntaxError inString = jsonError("{\"Statement\": [" + TOKEN.substring(0, 10) + "]}");
        assertFalse(inString.message().contains("ghp_"), inString.message());

        JsonSyntaxError yaml = yamlError("key: [" + TOKEN + "\n");
        assertFalse(yaml.message().contains("ghp_"), yaml.message());
    }

    @Test
    void parseErrorStillNamesThePunctuationItStoppedAt() {
        JsonSyntaxError brace = jsonError("{\"Version\": \"2012-10-17\",}");
        assertTrue(brace.message().contains("'}'"), brace.message());
        assertEquals(1, brace.position().line());
    }
}
