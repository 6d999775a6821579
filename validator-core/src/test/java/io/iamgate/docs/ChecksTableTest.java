package io.iamgate.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.analyze.local.LocalChecks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ChecksTableTest {

    /** validator-core's tests run in validator-core/; docs/ is at the project root. */
    private static final Path COMMITTED = Path.of("..", "docs", "checks.md");

    @Test
    void committedTableIsCurrent() throws IOException {
        assertTrue(Files.exists(COMMITTED), "docs/checks.md is missing: run scripts/checks-table");
        assertEquals(
                ChecksTable.render(),
                Files.readString(COMMITTED, StandardCharsets.UTF_8),
                "docs/checks.md is not current: run scripts/checks-table and commit it");
    }

    @Test
    void everyCataloguedCheckHasARowOfTheReference() {
        var codes = ChecksTable.readCatalogue().keySet();
        LocalChecks.all()
                .forEach(c -> assertTrue(
                        codes.contains(c.metadata().issueCode()),
                        c.getClass().getSimpleName() + " has issue code "
                                + c.metadata().issueCode() + ", which AWS's check reference does not list"));
    }
}
