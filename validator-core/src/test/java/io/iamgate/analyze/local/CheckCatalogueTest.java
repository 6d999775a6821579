package io.iamgate.analyze.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Every registered check agrees with Access Analyzer's catalogue (reference/aa-checks.tsv: issue code,
 * finding type, learn-more link) and is registered once.
 */
class CheckCatalogueTest {

    /** The catalogue of Access Analyzer checks, aa-checks.tsv in the test resources (docs/checks.md is built from it). */
    private static final Path TSV =
            Path.of(System.getProperty("iamgate.aaChecks", "src/test/resources/io/iamgate/docs/aa-checks.tsv"));

    @Test
    void codesTypesAndLinksMatchAccessAnalyzer() throws IOException {
        Assertions.assertTrue(Files.isRegularFile(TSV), "no check catalogue at " + TSV);
        Map<String, String[]> catalogue = new HashMap<>();
        List<String> lines = Files.readAllLines(TSV);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int type = header.indexOf("findingType");
        int code = header.indexOf("issueCode");
        int link = header.indexOf("learnMoreLink");
        for (String line : lines.subList(1, lines.size())) {
            String[] row = line.split("\t", -1);
            catalogue.put(row[code], row);
        }
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PolicyCheck check : LocalChecks.all()) {
            CheckMetadata m = check.metadata();
            assertTrue(seen.add(m.issueCode()), "registered twice: " + m.issueCode());
            String[] row = catalogue.get(m.issueCode());
            if (row == null) {
                problems.add(m.issueCode() + ": not in the catalogue");
                continue;
            }
            if (!row[type].equals(m.findingType().name())) {
                problems.add(m.issueCode() + ": type " + m.findingType() + ", catalogue " + row[type]);
            }
            if (!row[link].equals(m.learnMoreLink())) {
                problems.add(m.issueCode() + ": link " + m.learnMoreLink() + ", catalogue " + row[link]);
            }
        }
        assertEquals(List.of(), problems);
    }
}
