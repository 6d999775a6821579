package io.iamgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iamgate.config.FailOn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void describesTheToolAndOneRulePerIssueCode() throws Exception {
        JsonNode run = run(SampleReports.everyType());
        JsonNode driver = run.at("/tool/driver");
        assertEquals("iamgate", driver.get("name").asText());
        assertEquals("1.2.3", driver.get("version").asText());
        assertTrue(driver.get("informationUri").asText().startsWith("https://"));
        JsonNode rules = driver.get("rules");
        assertEquals(4, rules.size());
        Map<String, String> severity = Map.of(
                "INVALID_ARN_RESOURCE",
                "7.0",
                "PASS_ROLE_WITH_STAR_IN_RESOURCE",
                "8.0",
                "REDUNDANT_ACTION",
                "5.0",
                "EMPTY_SID_VALUE",
                "2.0");
        Map<String, String> level = Map.of(
                "INVALID_ARN_RESOURCE",
                "error",
                "PASS_ROLE_WITH_STAR_IN_RESOURCE",
                "error",
                "REDUNDANT_ACTION",
                "warning",
                "EMPTY_SID_VALUE",
                "note");
        for (JsonNode rule : rules) {
            String id = rule.get("id").asText();
            assertEquals(
                    severity.get(id), rule.at("/properties/security-severity").asText(), id);
            assertEquals(level.get(id), rule.at("/defaultConfiguration/level").asText(), id);
            assertEquals("security", rule.at("/properties/tags/0").asText());
            assertEquals(
                    "https://docs.example.test/checks#" + id.toLowerCase(),
                    rule.get("helpUri").asText());
            assertFalse(rule.at("/shortDescription/text").asText().isBlank());
            assertFalse(rule.at("/fullDescription/text").asText().isBlank());
            assertTrue(
                    rule.at("/help/text").asText().contains(rule.get("helpUri").asText()));
        }
    }

    @Test
    void placesEachResultAtItsFileRegionWithFingerprintsAndProperties() throws Exception {
        RunReport report = SampleReports.pipeline(dir, FailOn.DEFAULT);
        JsonNode run = run(report);
        JsonNode results = run.get("results");
        assertEquals(report.findingCount(), results.size());
        JsonNode rules = run.at("/tool/driver/rules");
        Set<String> lineHashes = new HashSet<>();
        for (JsonNode r : results) {
            assertEquals(
                    r.get("ruleId").asText(),
                    rules.get(r.get("ruleIndex").asInt()).get("id").asText());
            assertEquals("error", r.get("level").asText());
            JsonNode loc = r.at("/locations/0/physicalLocation");
            assertEquals(
                    "policies/bad%20policy.json",
                    loc.at("/artifactLocation/uri").asText());
            assertEquals("%SRCROOT%", loc.at("/artifactLocation/uriBaseId").asText());
            assertTrue(r.at("/partialFingerprints/iamgate~1v1").asText().matches("[0-9a-f]{32}"), r.toString());
            assertTrue(
                    lineHashes.add(
                            r.at("/partialFingerprints/primaryLocationLineHash").asText()),
                    r.toString());
            assertEquals("IDENTITY_POLICY", r.at("/properties/policyType").asText());
            assertEquals("ERROR", r.at("/properties/findingType").asText());
            assertTrue(r.at("/properties/blocking").asBoolean());
        }
        JsonNode effect = find(results, "INVALID_EFFECT");
        assertEquals(
                5, effect.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(
                17,
                effect.at("/locations/0/physicalLocation/region/startColumn").asInt());
        assertEquals(
                5, effect.at("/locations/0/physicalLocation/region/endLine").asInt());
        assertEquals(
                24, effect.at("/locations/0/physicalLocation/region/endColumn").asInt());
        assertEquals(
                "The effect allow is not valid. Use Allow or Deny (case-sensitive).",
                effect.at("/message/text").asText());
        assertFalse(run.at("/invocations/0/executionSuccessful").asBoolean());
        JsonNode notification = run.at("/invocations/0/toolExecutionNotifications/0");
        assertEquals("error", notification.get("level").asText());
        assertEquals(
                "package.json",
                notification
                        .at("/locations/0/physicalLocation/artifactLocation/uri")
                        .asText());
    }

    @Test
    void aRunWithoutErrorsIsSuccessfulAndNonBlockingFindingsSaySo() throws Exception {
        RunReport report = SampleReports.pipeline(dir, FailOn.parse("NONE"));
        RunReport noErrors = new RunReport(report.tool(), report.files(), report.policies(), java.util.List.of());
        JsonNode run = run(noErrors);
        assertTrue(run.at("/invocations/0/executionSuccessful").asBoolean());
        assertFalse(run.at("/results/0/properties/blocking").asBoolean());
    }

    @Test
    void githubAndTheSarifSpecAcceptTheReport() throws Exception {
        Path sarif = dir.resolve("iamgate.sarif");
        Files.writeString(
                sarif,
                SampleReports.render(
                        new SarifReporter(), SampleReports.pipeline(dir.resolve("repo"), FailOn.DEFAULT), Map.of()),
                StandardCharsets.UTF_8);
        Path everyType = dir.resolve("every-type.sarif");
        Files.writeString(
                everyType,
                SampleReports.render(new SarifReporter(), SampleReports.everyType(), Map.of()),
                StandardCharsets.UTF_8);

        assertEquals("", SarifValidator.problems(sarif));
        assertEquals("", SarifValidator.problems(everyType));
    }

    @Test
    void theValidatorCatchesABadLog() throws Exception {
        Path bad = dir.resolve("bad.sarif");
        Files.writeString(
                bad,
                "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"\"}},\"results\":[]}]}",
                StandardCharsets.UTF_8);
        assertTrue(
                SarifValidator.ruleProblems(bad).contains("GH1013"), "the validator must reject a log without $schema");
    }

    @Test
    void theSchemaCatchesAnUnknownLevel() throws Exception {
        Path bad = dir.resolve("level.sarif");
        String log = SampleReports.render(new SarifReporter(), SampleReports.everyType(), Map.of())
                .replaceFirst("\"level\" : \"note\"", "\"level\" : \"bogus\"");
        assertTrue(log.contains("bogus"));
        Files.writeString(bad, log, StandardCharsets.UTF_8);
        assertTrue(
                SarifValidator.schemaProblems(bad).contains("must be equal to one of the allowed values"),
                SarifValidator.schemaProblems(bad));
    }

    private static JsonNode find(JsonNode results, String ruleId) {
        for (JsonNode r : results) {
            if (r.get("ruleId").asText().equals(ruleId)) {
                return r;
            }
        }
        throw new AssertionError("no result for " + ruleId + " in " + results);
    }

    private static JsonNode run(RunReport report) throws Exception {
        JsonNode log = JSON.readTree(SampleReports.render(new SarifReporter(), report, Map.of()));
        assertEquals("2.1.0", log.get("version").asText());
        assertEquals(SarifReporter.SCHEMA, log.get("$schema").asText());
        assertEquals(1, log.get("runs").size());
        return log.at("/runs/0");
    }
}
