package io.iamgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.Iamgate;
import io.iamgate.config.RunConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GitHub shows the first 10 annotations of each level: what a pull request puts first must not hide the rest. */
class AnnotationBudgetTest {

    @TempDir
    Path dir;

    /** {@code decoys} invalid actions listed before a statement that grants administrator access. */
    private List<String> annotate(int decoys, boolean admin) throws Exception {
        String actions = IntStream.range(0, decoys)
                .mapToObj(i -> "\"s3:GetObjectDecoy" + (char) ('a' + i) + "\"")
                .collect(Collectors.joining(", "));
        List<String> statements = new ArrayList<>();
        if (decoys > 0) {
            statements.add(
                    "{\"Effect\": \"Allow\", \"Action\": [" + actions + "], \"Resource\": \"arn:aws:s3:::b/*\"}");
        }
        if (admin) {
            statements.add("{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}");
        }
        Files.writeString(
                dir.resolve("policy.json"),
                "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    " + String.join(",\n    ", statements)
                        + "\n  ]\n}\n",
                StandardCharsets.UTF_8);
        RunReport report = Iamgate.validate(RunConfig.builder(dir).threads(1).build());
        return SampleReports.render(new GitHubReporter(), report, Map.of())
                .lines()
                .filter(l -> l.startsWith("::"))
                .toList();
    }

    private static List<String> level(List<String> lines, String level) {
        return lines.stream().filter(l -> l.startsWith("::" + level + " ")).toList();
    }

    @Test
    void decoyFindingsDoNotCrowdOutAdministratorFinding() throws Exception {
        List<String> errors = level(annotate(10, true), "error");

        assertEquals(Annotations.PER_LEVEL, errors.size(), String.join("\n", errors));
        assertTrue(
                errors.get(0).contains("title=IAMGATE_ADMIN_WILDCARD (SECURITY_WARNING)")
                        || errors.get(1).contains("title=IAMGATE_ADMIN_WILDCARD (SECURITY_WARNING)"),
                String.join("\n", errors));
        assertTrue(errors.get(9).contains("more error-level annotation(s) not shown"), errors.get(9));
        assertTrue(errors.get(9).contains("SARIF"), errors.get(9));
    }

    @Test
    void decoysAloneAreEachAnnotatedUpToTheBudget() throws Exception {
        List<String> errors = level(annotate(10, false), "error");

        assertEquals(10, errors.size(), String.join("\n", errors));
        assertTrue(
                errors.stream().allMatch(l -> l.contains("title=INVALID_ACTION (ERROR)")), String.join("\n", errors));
    }

    @Test
    void aFewFindingsAreAllAnnotatedWithoutASummaryAnnotation() throws Exception {
        List<String> errors = level(annotate(3, true), "error");

        assertTrue(errors.size() < Annotations.PER_LEVEL, String.join("\n", errors));
        assertTrue(errors.stream().noneMatch(l -> l.contains("not shown")), String.join("\n", errors));
        assertEquals(
                3, errors.stream().filter(l -> l.contains("INVALID_ACTION")).count(), String.join("\n", errors));
        assertTrue(errors.get(0).contains("(SECURITY_WARNING)"), errors.get(0));
    }
}
