package io.iamgate.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.iamgate.analyze.rego.BuiltinRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The docs' table of the built-in Rego pack lists exactly the pack's rules, each with its finding type. */
class RegoRulesTableTest {

    /** validator-core's tests run in validator-core/; docs/ is at the project root. */
    private static final Path PAGE = Path.of("..", "docs", "rego.md");

    private static final String HEADER = "| code | type | meaning |";

    @Test
    void documentedTableListsExactlyThePacksRules() throws Exception {
        JsonNode rules = BuiltinRules.start(1).analyzer().rules();
        Map<String, String> pack = new TreeMap<>();
        rules.fields()
                .forEachRemaining(e ->
                        pack.put(e.getKey(), e.getValue().path("findingType").asText()));
        assertTrue(pack.size() > 10, "the pack's rule catalogue is unexpectedly small: " + pack.keySet());

        assertEquals(
                pack,
                documentedTable(),
                PAGE + "'s built-in pack table differs from the pack's "
                        + "data.iamgate.rules (code -> finding type): add, remove or fix its rows");
    }

    /** code -> type of the rows under the table's header, up to the first line that is not a row. */
    private static Map<String, String> documentedTable() throws IOException {
        List<String> lines = Files.readAllLines(PAGE, StandardCharsets.UTF_8);
        int header = lines.indexOf(HEADER);
        assertTrue(header >= 0, PAGE + " has no line " + HEADER);
        Map<String, String> rows = new TreeMap<>();
        for (String line : lines.subList(header + 2, lines.size())) {
            if (!line.startsWith("| `")) {
                break;
            }
            String[] cells = line.split("\\|");
            String code = cells[1].trim().replace("`", "");
            assertEquals(null, rows.put(code, cells[2].trim()), code + " has two rows");
        }
        return rows;
    }
}
