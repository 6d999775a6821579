package io.iamgate.analyze.local.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.iamgate.analyze.local.CorpusFixture;
import io.iamgate.analyze.local.LocalAnalyzer;
import io.iamgate.analyze.local.LocalChecks;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.Finding;
import io.iamgate.model.Location;
import io.iamgate.model.PathElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The condition checks against real Access Analyzer answers: for every corpus policy, the findings of the
 * condition checks' codes must be exactly AA's findings of those codes (code, type, every path and span).
 * That covers recall (EQUIVALENT_TO_NULL_FALSE is the corpus's most frequent code) and precision (none of
 * these codes where AA raised none).
 */
class ConditionCorpusTest {

    @Test
    void conditionChecksMatchAccessAnalyzerOnTheCorpus() {
        CorpusFixture corpus = CorpusFixture.locate().orElse(null);
        Assumptions.assumeTrue(corpus != null, "corpus folder not found; set -D" + CorpusFixture.PROPERTY);
        List<PolicyCheck> checks = LocalChecks.all().stream()
                .filter(c -> c.getClass().getPackageName().startsWith(ConditionKeys.class.getPackageName()))
                .collect(Collectors.toList());
        Set<String> codes = checks.stream().map(c -> c.metadata().issueCode()).collect(Collectors.toSet());
        LocalAnalyzer analyzer = new LocalAnalyzer(checks);
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        int expectedCount = 0;
        for (CorpusFixture.Case c : corpus.cases()) {
            Set<String> expected = new TreeSet<>();
            for (JsonNode f : c.expected()) {
                if (codes.contains(f.get("issueCode").asText())) {
                    expected.add(c.name() + " " + f.get("findingType").asText() + " " + f.get("issueCode").asText()
                            + " " + expectedLocations(f.get("locations")));
                }
            }
            expectedCount += expected.size();
            Set<String> actual = new TreeSet<>();
            for (Finding f : analyzer.analyze(c.unit())) {
                actual.add(c.name() + " " + f.findingType() + " " + f.issueCode() + " " + actualLocations(f.locations()));
            }
            expected.stream().filter(e -> !actual.contains(e)).forEach(missing::add);
            actual.stream().filter(a -> !expected.contains(a)).forEach(extra::add);
        }
        assertTrue(expectedCount > 0, "the corpus has findings of the condition codes");
        assertEquals(List.of(), head(missing), missing.size() + " AA findings the condition checks did not reproduce");
        assertEquals(List.of(), head(extra), extra.size() + " condition findings AA did not raise");
    }

    private static List<String> head(List<String> lines) {
        return lines.subList(0, Math.min(lines.size(), 15));
    }

    private static String expectedLocations(JsonNode locations) {
        List<String> out = new ArrayList<>();
        for (JsonNode l : locations) {
            List<String> path = new ArrayList<>();
            for (JsonNode e : l.get("path")) {
                String kind = e.fieldNames().next();
                path.add(kind + "=" + e.get(kind).asText());
            }
            out.add(path + "@" + l.get("span").get("start").get("offset").asInt() + ".."
                    + l.get("span").get("end").get("offset").asInt());
        }
        return out.toString();
    }

    private static String actualLocations(List<Location> locations) {
        List<String> out = new ArrayList<>();
        for (Location l : locations) {
            List<String> path = new ArrayList<>();
            for (PathElement e : l.path().elements()) {
                if (e instanceof PathElement.Value v) {
                    path.add("value=" + v.value());
                } else if (e instanceof PathElement.Index i) {
                    path.add("index=" + i.index());
                } else if (e instanceof PathElement.Key k) {
                    path.add("key=" + k.key());
                } else {
                    path.add(e.toString());
                }
            }
            out.add(path + "@" + l.span().start().offset() + ".." + l.span().end().offset());
        }
        return out.toString();
    }
}
