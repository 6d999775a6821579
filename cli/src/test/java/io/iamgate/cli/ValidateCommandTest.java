package io.iamgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI contract of DESIGN.md: exit codes, bad input, the JSON report. */
class ValidateCommandTest {

    private static final String CLEAN = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", "
            + "\"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::b/*\"}]\n}\n";
    private static final String BAD_EFFECT = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n"
            + "      \"Effect\": \"Alow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"*\"\n    }\n  ]\n}\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void cleanPolicyExitsZero() throws Exception {
        CliRunner r = CliRunner.run("validate", write("clean.json", CLEAN).toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("1 polic"), r.out());
    }

    @Test
    void blockingFindingExitsOneWithCompilerStyleLine() throws Exception {
        Path bad = write("bad.json", BAD_EFFECT);
        CliRunner r = CliRunner.run("validate", bad.toString());
        assertEquals(1, r.exitCode());
        // line 5, column 17 (1-based) is where "Alow" starts
        assertTrue(r.out().contains(":5:17: ERROR INVALID_EFFECT "), r.out());
    }

    @Test
    void failOnNoneLetsBlockingTypesPass() throws Exception {
        CliRunner r = CliRunner.run(
                "validate", "--fail-on", "NONE", write("bad.json", BAD_EFFECT).toString());
        assertEquals(0, r.exitCode(), r.out());
        assertTrue(r.out().contains("(not blocking)"), r.out());
    }

    @Test
    void failOnAnIssueCodeBlocksThatCodeOnly() throws Exception {
        Path bad = write("bad.json", BAD_EFFECT);
        CliRunner byCode = CliRunner.run("validate", "--fail-on", "invalid_effect", bad.toString());
        assertEquals(1, byCode.exitCode(), byCode.out());
        CliRunner otherCode =
                CliRunner.run("validate", "--fail-on", "MISSING_VERSION,IAMGATE_PRIVESC_*", bad.toString());
        assertEquals(0, otherCode.exitCode(), otherCode.out());
        CliRunner typo = CliRunner.run("validate", "--fail-on", "INVALID_EFECT", bad.toString());
        assertEquals(2, typo.exitCode());
        assertTrue(
                typo.err()
                        .contains("--fail-on: unknown finding type 'INVALID_EFECT' (did you mean "
                                + "'INVALID_EFFECT'?)"),
                typo.err());
    }

    @Test
    void missingFileExitsTwoNamingIt() {
        CliRunner r = CliRunner.run("validate", dir.resolve("nope.json").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.out().contains("nope.json: error: no such file"), r.out());
    }

    @Test
    void binaryAndInvalidUtf8ExitTwoAndTheOtherFilesAreStillChecked() throws Exception {
        Files.write(dir.resolve("a-binary.json"), new byte[] {1, 0, 2});
        Files.write(dir.resolve("b-latin1.json"), new byte[] {'{', '"', (byte) 0xE9, '"', '}'});
        write("c-bad.json", BAD_EFFECT);
        CliRunner r = CliRunner.run("validate", "--format", "json", dir.toString());
        assertEquals(2, r.exitCode());
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertEquals(2, report.get("errors").size());
        assertEquals(1, report.get("summary").get("blocking").asInt(), "c-bad.json was still checked");
    }

    @Test
    void malformedJsonIsAJsonSyntaxErrorFindingNotASkip() throws Exception {
        CliRunner r = CliRunner.run(
                "validate", write("broken.json", "{\"Statement\": [}").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.out().contains("ERROR JSON_SYNTAX_ERROR"), r.out());
    }

    @Test
    void emptyFileIsAJsonSyntaxError() throws Exception {
        CliRunner r = CliRunner.run("validate", write("empty.json", "").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.out().contains("JSON_SYNTAX_ERROR"), r.out());
    }

    @Test
    void badFlagsExitTwoWithoutAStackTrace() throws Exception {
        Path p = write("clean.json", CLEAN);
        for (String[] args : new String[][] {
            {"validate", "--format", "xml", p.toString()},
            {"validate", "--policy-type", "ROLE", p.toString()},
            {"validate", "--fail-on", "FATAL", p.toString()},
            {"validate", "--no-such-flag"}
        }) {
            CliRunner r = CliRunner.run(args);
            assertEquals(2, r.exitCode(), String.join(" ", args));
            assertFalse(r.err().contains("\tat "), r.err());
            assertTrue(r.err().startsWith("iamgate: "), r.err());
        }
    }

    @Test
    void explicitFileWithoutPolicyIsAnErrorButDiscoveredOnesAreNot() throws Exception {
        Path pkg = write("sub/package.json", "{\"name\": \"x\"}");
        assertEquals(2, CliRunner.run("validate", pkg.toString()).exitCode());
        CliRunner r = CliRunner.run("validate", dir.resolve("sub").toString());
        assertEquals(0, r.exitCode(), r.out());
    }

    @Test
    void jsonReportSpansCoverTheOffendingElement() throws Exception {
        Path bad = write("bad.json", BAD_EFFECT);
        CliRunner r = CliRunner.run("validate", "--format", "json", bad.toString());
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertEquals("iamgate", report.get("tool").get("name").asText());
        assertEquals(1, report.get("summary").get("policies").asInt());
        JsonNode policy = report.get("policies").get(0);
        assertEquals("IDENTITY_POLICY", policy.get("policyType").asText());
        assertTrue(policy.get("resourceType").isNull());
        JsonNode finding = policy.get("findings").get(0);
        assertEquals("INVALID_EFFECT", finding.get("issueCode").asText());
        assertEquals("local", finding.get("analyzer").asText());
        assertTrue(finding.get("blocking").asBoolean());
        assertEquals(32, finding.get("fingerprint").asText().length());
        JsonNode location = finding.get("locations").get(0);
        assertEquals(
                "[{\"value\":\"Statement\"},{\"index\":0},{\"value\":\"Effect\"}]",
                location.get("path").toString());
        int start = location.get("span").get("start").get("offset").asInt();
        int end = location.get("span").get("end").get("offset").asInt();
        assertEquals("\"Alow\"", BAD_EFFECT.substring(start, end));
        assertEquals(5, finding.get("line").asInt());
        assertEquals(16, finding.get("column").asInt());
    }

    @Test
    void outputFileGetsTheFirstFormatAndStdoutTheRest() throws Exception {
        Path bad = write("bad.json", BAD_EFFECT);
        Path out = dir.resolve("reports/out.json");
        CliRunner r = CliRunner.run("validate", "--format", "json,text", "--output", out.toString(), bad.toString());
        assertEquals(1, r.exitCode());
        assertTrue(Files.readString(out).contains("\"INVALID_EFFECT\""));
        assertTrue(r.out().contains("ERROR INVALID_EFFECT"), r.out());
    }

    @Test
    void directoriesAreReadRecursivelyInSortedOrder() throws Exception {
        write("z/late.json", BAD_EFFECT);
        write("a/early.json", BAD_EFFECT);
        CliRunner r = CliRunner.run("validate", "--format", "json", dir.toString());
        JsonNode policies = new ObjectMapper().readTree(r.out()).get("policies");
        assertTrue(policies.get(0).get("file").asText().endsWith("a/early.json"));
        assertTrue(policies.get(1).get("file").asText().endsWith("z/late.json"));
    }
}
