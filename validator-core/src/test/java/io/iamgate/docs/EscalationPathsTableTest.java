package io.iamgate.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.access.EscalationCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EscalationPathsTableTest {

    /** validator-core's tests run in validator-core/; docs/ is at the project root. */
    private static final Path COMMITTED = Path.of("..", "docs", "escalation-paths.md");

    @Test
    void committedPageIsCurrent() throws IOException {
        assertTrue(Files.exists(COMMITTED), "docs/escalation-paths.md is missing: run scripts/escalation-paths-table");
        assertEquals(
                EscalationPathsTable.render(),
                Files.readString(COMMITTED, StandardCharsets.UTF_8),
                "docs/escalation-paths.md is not current: run scripts/escalation-paths-table and commit it");
    }

    @Test
    void everyMethodHasARow() {
        String page = EscalationPathsTable.render();
        EscalationCatalogue.methods()
                .forEach(m -> assertTrue(page.contains("| `" + m.issueCode() + "` |"), m.issueCode()));
    }
}
