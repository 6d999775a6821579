package io.iamgate.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iamgate.Iamgate;
import io.iamgate.config.ConfigException;
import io.iamgate.config.RunConfig;
import io.iamgate.config.Suppression;
import io.iamgate.report.BaselineRecorder;
import io.iamgate.report.JsonReporter;
import io.iamgate.report.ReportContext;
import io.iamgate.report.ReportedFinding;
import io.iamgate.report.RunReport;
import io.iamgate.report.TextReporter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Baseline write, read and stale entries, and the fingerprint's stability, through the real pipeline. */
class BaselineTest {

    static final String COMPACT = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Deploy\",\"Effect\":\"allow\","
            + "\"Action\":[\"s3:GetObject\",\"s3:PutObject\"],\"Resource\":\"*\"},{\"Sid\":\"Pass\",\"Effect\":\"Allw\","
            + "\"Action\":\"iam:PassRole\",\"Resource\":\"*\"}]}";

    /** The same policy, pretty-printed differently and moved down ten lines. */
    static final String REFORMATTED = "\n".repeat(10) + """
            {
                "Version" : "2012-10-17",
                "Statement" : [
                    {
                        "Sid" : "Deploy",
                        "Effect" :
                            "allow",
                        "Action" : [ "s3:GetObject",
                                     "s3:PutObject" ],
                        "Resource" : "*"
                    },
                    { "Sid": "Pass",   "Effect": "Allw", "Action": "iam:PassRole", "Resource": "*" }
                ]
            }
            """;

    @TempDir
    Path repo;

    private RunReport run(Optional<Path> baseline) throws Exception {
        return Iamgate.validate(
                RunConfig.builder(repo).paths(List.of(repo)).baseline(baseline).build());
    }

    private static List<String> fingerprints(RunReport r) {
        return r.policies().stream()
                .flatMap(p -> p.findings().stream())
                .map(ReportedFinding::fingerprint)
                .toList();
    }

    private Path writeBaseline(RunReport r) throws Exception {
        Path file = repo.resolve(".iamgate-baseline.json");
        try (Writer w = Files.newBufferedWriter(file)) {
            BaselineRecorder.record(r).write(w);
        }
        return file;
    }

    @Test
    void fingerprintsSurviveReformattingAndLinesMoving() throws Exception {
        Files.writeString(repo.resolve("p.json"), COMPACT);
        RunReport before = run(Optional.empty());
        Files.writeString(repo.resolve("p.json"), REFORMATTED);
        RunReport after = run(Optional.empty());
        assertEquals(2, fingerprints(before).size());
        assertEquals(fingerprints(before), fingerprints(after));
        assertEquals(1, before.policies().get(0).findings().get(0).line());
        assertEquals(17, after.policies().get(0).findings().get(0).line(), "the finding did move");
    }

    @Test
    void aFingerprintChangesWhenTheOffendingElementChanges() throws Exception {
        Files.writeString(repo.resolve("p.json"), COMPACT);
        List<String> before = fingerprints(run(Optional.empty()));
        Files.writeString(repo.resolve("p.json"), COMPACT.replace("\"allow\"", "\"alow\""));
        List<String> after = fingerprints(run(Optional.empty()));
        assertFalse(before.get(0).equals(after.get(0)));
        assertEquals(before.get(1), after.get(1));
    }

    @Test
    void withTheBaselineOnlyNewFindingsBlockAndVanishedOnesAreStale() throws Exception {
        Files.writeString(repo.resolve("p.json"), COMPACT);
        RunReport first = run(Optional.empty());
        assertEquals(2, first.blockingCount());
        Path baseline = writeBaseline(first);
        JsonNode written = new ObjectMapper().readTree(baseline.toFile());
        assertEquals(1, written.get("iamgateBaseline").asInt());
        JsonNode entry = written.get("findings").get(0);
        assertEquals(
                first.policies().get(0).findings().get(0).fingerprint(),
                entry.get("fingerprint").asText());
        assertEquals(
                "{\"file\":\"p.json\",\"origin\":\"\",\"issueCode\":\"INVALID_EFFECT\",\"findingType\":\"ERROR\","
                        + "\"path\":\"Statement[0].Effect\"}",
                ((com.fasterxml.jackson.databind.node.ObjectNode) entry.deepCopy())
                        .without("fingerprint")
                        .toString());

        // Reformatted and moved: still accepted.
        Files.writeString(repo.resolve("p.json"), REFORMATTED);
        RunReport accepted = run(Optional.of(baseline));
        assertEquals(0, accepted.blockingCount());
        assertEquals(0, accepted.exitCode());
        assertTrue(accepted.policies().get(0).findings().stream().allMatch(ReportedFinding::suppressed));
        assertEquals(List.of(), accepted.staleBaselineEntries());

        // The first error fixed, a new one added: the new one blocks, the fixed one is stale.
        Files.writeString(
                repo.resolve("p.json"),
                COMPACT.replace("\"allow\"", "\"Allow\"")
                        .replace("\"iam:PassRole\"", "\"iam:PassRole\",\"Condition\":{}")
                        .replace(
                                "}]}",
                                "},"
                                        + "{\"Sid\":\"New\",\"Effect\":\"Deny!\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}"));
        RunReport later = run(Optional.of(baseline));
        assertEquals(
                List.of(
                        "p.json Statement[1].Effect: in baseline: recorded in .iamgate-baseline.json",
                        "p.json Statement[2].Effect: blocking"),
                // findings that neither block nor are accepted (suggestions on the edit) are not the point here
                GateTest.outcomes(later).stream().filter(o -> !o.endsWith(": ")).toList());
        assertEquals(1, later.staleBaselineEntries().size());
        BaselineEntry stale = later.staleBaselineEntries().get(0);
        assertEquals("p.json INVALID_EFFECT at Statement[0].Effect (" + stale.fingerprint() + ")", stale.describe());

        StringWriter text = new StringWriter();
        new TextReporter().write(later, ReportContext.plain(), text);
        assertTrue(
                text.toString()
                        .contains("stale baseline entry (no longer found; remove it from the baseline): "
                                + "p.json INVALID_EFFECT at Statement[0].Effect"),
                text.toString());
        assertTrue(text.toString().contains("1 blocking, 1 suppressed, 1 stale baseline entry"), text.toString());
        StringWriter json = new StringWriter();
        new JsonReporter().write(later, ReportContext.plain(), json);
        JsonNode report = new ObjectMapper().readTree(json.toString());
        assertEquals(
                "[{\"fingerprint\":\"" + stale.fingerprint() + "\",\"file\":\"p.json\",\"origin\":\"\","
                        + "\"issueCode\":\"INVALID_EFFECT\",\"path\":\"Statement[0].Effect\"}]",
                report.get("staleBaselineEntries").toString());
        JsonNode inBaseline = null;
        for (JsonNode f : report.at("/policies/0/findings")) {
            if (f.get("issueCode").asText().equals("INVALID_EFFECT") && f.has("suppressed")) {
                inBaseline = f;
            }
        }
        assertEquals(
                "{\"by\":\"baseline\",\"reason\":\"recorded in .iamgate-baseline.json\"}",
                inBaseline.get("suppressed").toString());
    }

    /** A broken policy, and a different broken policy that grants everything (CloudFormation might read it). */
    static final String BROKEN = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]
            """;

    static final String OTHER_BROKEN = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]
            """;

    @Test
    void pathlessBaselineEntryDoesNotCoverNewContent() throws Exception {
        Files.writeString(repo.resolve("p.json"), BROKEN);
        RunReport first = run(Optional.empty());
        assertEquals(
                "JSON_SYNTAX_ERROR",
                first.policies().get(0).findings().get(0).finding().issueCode());
        Path baseline = writeBaseline(first);

        Files.writeString(repo.resolve("p.json"), OTHER_BROKEN);
        RunReport later = run(Optional.of(baseline));
        assertEquals(1, later.blockingCount(), "other broken content is a new finding");
        assertEquals(1, later.staleBaselineEntries().size());
    }

    @Test
    void theSameBrokenContentStaysBaselined() throws Exception {
        Files.writeString(repo.resolve("p.json"), BROKEN);
        Path baseline = writeBaseline(run(Optional.empty()));
        RunReport again = run(Optional.of(baseline));
        assertEquals(0, again.blockingCount());
        assertEquals(0, again.exitCode());
        assertEquals(List.of(), again.staleBaselineEntries());
    }

    @Test
    void aWholePolicyFindingIsTiedToThePolicyButNotToItsLayout() throws Exception {
        String noVersion = "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";
        Files.writeString(repo.resolve("p.json"), noVersion);
        RunReport first = run(Optional.empty());
        String missingVersion = fingerprint(first, "MISSING_VERSION");
        Files.writeString(repo.resolve("p.json"), noVersion.replace(",", ",\n    "));
        assertEquals(missingVersion, fingerprint(run(Optional.empty()), "MISSING_VERSION"));
        Files.writeString(repo.resolve("p.json"), noVersion.replace("s3:GetObject", "s3:*"));
        assertFalse(missingVersion.equals(fingerprint(run(Optional.empty()), "MISSING_VERSION")));
    }

    private static String fingerprint(RunReport r, String issueCode) {
        return r.policies().get(0).findings().stream()
                .filter(f -> f.finding().issueCode().equals(issueCode))
                .findFirst()
                .orElseThrow()
                .fingerprint();
    }

    @Test
    void entriesOfFilesOutsideTheRunOrUnreadableAreNotStale() throws Exception {
        Files.writeString(repo.resolve("p.json"), COMPACT);
        Files.writeString(repo.resolve("q.json"), COMPACT);
        Path baseline = writeBaseline(run(Optional.empty()));
        assertEquals(4, Baseline.read(baseline, "b").entries().size());

        RunReport onlyP = Iamgate.validate(RunConfig.builder(repo)
                .paths(List.of(Path.of("p.json")))
                .baseline(Optional.of(baseline))
                .build());
        assertEquals(0, onlyP.exitCode());
        assertEquals(List.of(), onlyP.staleBaselineEntries(), "q.json was not part of this run");

        Files.write(repo.resolve("q.json"), new byte[] {'{', (byte) 0xFF, '}'});
        RunReport unreadable = run(Optional.of(baseline));
        assertEquals(2, unreadable.exitCode());
        assertEquals(List.of(), unreadable.staleBaselineEntries(), "q.json could not be checked");

        Files.writeString(repo.resolve("q.json"), COMPACT.replace("allow", "Allow"));
        RunReport fixed = run(Optional.of(baseline));
        assertEquals(
                List.of("q.json"),
                fixed.staleBaselineEntries().stream().map(BaselineEntry::file).toList());
    }

    @Test
    void aMissingOrBrokenBaselineFailsClosed() throws Exception {
        Files.writeString(repo.resolve("p.json"), COMPACT);
        RunReport missing = run(Optional.of(repo.resolve("nope.json")));
        assertEquals(2, missing.exitCode());
        assertEquals(2, missing.blockingCount(), "without its baseline every finding blocks");
        assertEquals("nope.json", missing.errors().get(0).file());
        assertEquals(
                "no such baseline file; create it with 'iamgate baseline write --output nope.json'",
                missing.errors().get(0).message());

        Files.writeString(repo.resolve("broken.baseline"), "{\"iamgateBaseline\": 1, \"findings\": [");
        assertEquals(
                "broken.baseline: 1: not a valid baseline file (not JSON); write it again with 'iamgate "
                        + "baseline write'",
                assertThrows(
                                ConfigException.class,
                                () -> Baseline.read(repo.resolve("broken.baseline"), "broken.baseline"))
                        .getMessage()
                        .replaceFirst(":1:", ": 1:"));
        Files.writeString(repo.resolve("other.baseline"), "{\"findings\": []}");
        assertTrue(assertThrows(
                        ConfigException.class, () -> Baseline.read(repo.resolve("other.baseline"), "other.baseline"))
                .getMessage()
                .startsWith("other.baseline: not an iamgate baseline"));
        RunReport broken = run(Optional.of(repo.resolve("broken.baseline")));
        assertEquals("broken.baseline", broken.errors().get(0).file());
        assertEquals(2, broken.exitCode());
    }

    @Test
    void suppressedFindingsAreNotRecorded() throws Exception {
        Files.writeString(repo.resolve("p.json"), COMPACT);
        RunReport r = Iamgate.validate(RunConfig.builder(repo)
                .paths(List.of(repo))
                .suppressions(List.of(new Suppression(
                        "INVALID_EFFECT", "p.json", Optional.of("Pass"), Optional.empty(), "r", Optional.empty())))
                .build());
        assertEquals(
                List.of("Statement[0].Effect"),
                BaselineRecorder.record(r).entries().stream()
                        .map(BaselineEntry::path)
                        .toList());
    }
}
