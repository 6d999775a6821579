package io.iamgate.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iamgate.Iamgate;
import io.iamgate.config.FailOn;
import io.iamgate.config.RunConfig;
import io.iamgate.config.Suppression;
import io.iamgate.report.JsonReporter;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.ReportContext;
import io.iamgate.report.ReportedFinding;
import io.iamgate.report.RunReport;
import io.iamgate.report.TextReporter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suppressions and the blocking decision, through the real pipeline on files in a temporary repository. */
class GateTest {

    /** Two INVALID_EFFECT errors: Statement[0] (Sid Deploy) and Statement[1] (Sid Pass). */
    static final String TWO_ERRORS = """
            {"Version": "2012-10-17", "Statement": [
              {"Sid": "Deploy", "Effect": "allow", "Action": "s3:GetObject", "Resource": "*"},
              {"Sid": "Pass", "Effect": "Allw", "Action": "iam:PassRole", "Resource": "*"}]}
            """;

    @TempDir
    Path repo;

    @BeforeEach
    void files() throws Exception {
        Files.createDirectories(repo.resolve("legacy"));
        Files.writeString(repo.resolve("legacy/deploy.json"), TWO_ERRORS);
        Files.writeString(repo.resolve("app.json"), TWO_ERRORS);
    }

    private RunReport run(Suppression... suppressions) throws Exception {
        return Iamgate.validate(RunConfig.builder(repo)
                .paths(List.of(repo))
                .suppressions(List.of(suppressions))
                .build());
    }

    /** "file Statement[i].Effect: blocking|suppressed" for every finding, in report order. */
    static List<String> outcomes(RunReport report) {
        return report.policies().stream()
                .flatMap(p -> p.findings().stream()
                        .map(rf -> p.unit().file() + " "
                                + rf.finding().primaryPath() + ": " + (rf.blocking() ? "blocking" : "")
                                + rf.suppression()
                                        .map(SuppressionState::describe)
                                        .orElse("")))
                .collect(Collectors.toList());
    }

    private static Suppression suppression(
            String code, String glob, String sid, String path, String reason, LocalDate expires) {
        return new Suppression(
                code, glob, Optional.ofNullable(sid), Optional.ofNullable(path), reason, Optional.ofNullable(expires));
    }

    @Test
    void withoutSuppressionsEveryErrorBlocks() throws Exception {
        RunReport r = run();
        assertEquals(
                List.of(
                        "app.json Statement[0].Effect: blocking", "app.json Statement[1].Effect: blocking",
                        "legacy/deploy.json Statement[0].Effect: blocking",
                                "legacy/deploy.json Statement[1].Effect: blocking"),
                outcomes(r));
        assertEquals(1, r.exitCode());
    }

    @Test
    void aSuppressionByIssueCodeAndFileGlobCoversEveryMatchingFinding() throws Exception {
        RunReport r = run(suppression("INVALID_EFFECT", "legacy/**", null, null, "legacy, rewritten in Q3", null));
        assertEquals(
                List.of(
                        "app.json Statement[0].Effect: blocking",
                        "app.json Statement[1].Effect: blocking",
                        "legacy/deploy.json Statement[0].Effect: suppressed: legacy, rewritten in Q3",
                        "legacy/deploy.json Statement[1].Effect: suppressed: legacy, rewritten in Q3"),
                outcomes(r));
        ReportedFinding suppressed = r.policies().get(1).findings().get(0);
        assertTrue(suppressed.suppressed());
        assertFalse(suppressed.blocking());
        assertEquals(1, r.exitCode(), "app.json still blocks");
    }

    @Test
    void aSuppressionBySidCoversOnlyThatStatement() throws Exception {
        RunReport r = run(suppression("INVALID_EFFECT", "*.json", "Pass", null, "known", null));
        assertEquals(
                List.of(
                        "app.json Statement[0].Effect: blocking",
                        "app.json Statement[1].Effect: suppressed: known",
                        "legacy/deploy.json Statement[0].Effect: blocking",
                        "legacy/deploy.json Statement[1].Effect: suppressed: known"),
                outcomes(r));
    }

    @Test
    void aSuppressionByPathCoversThatElementAndWhatIsBelowIt() throws Exception {
        RunReport r = run(suppression("INVALID_EFFECT", "app.json", null, "Statement[0]", "ok for now", null));
        assertEquals(
                List.of(
                        "app.json Statement[0].Effect: suppressed: ok for now",
                                "app.json Statement[1].Effect: blocking",
                        "legacy/deploy.json Statement[0].Effect: blocking",
                                "legacy/deploy.json Statement[1].Effect: blocking"),
                outcomes(r));
        assertEquals(
                "legacy/deploy.json Statement[1].Effect: blocking",
                outcomes(run(suppression("INVALID_EFFECT", "app.json", null, "Statement[1].Effect", "x", null)))
                        .get(3));
        assertEquals(
                "app.json Statement[1].Effect: blocking",
                outcomes(run(suppression("INVALID_EFFECT", "app.json", null, "Statement[1].Eff", "x", null)))
                        .get(1),
                "a path matches whole elements only");
    }

    @Test
    void anotherIssueCodeOrAnotherSidSuppressesNothing() throws Exception {
        RunReport r = run(
                suppression("MISSING_VERSION", "**", null, null, "x", null),
                suppression("INVALID_EFFECT", "**", "NoSuchSid", null, "x", null));
        assertTrue(
                outcomes(r).stream().allMatch(s -> s.endsWith(": blocking")),
                outcomes(r).toString());
    }

    @Test
    void aSuppressionHoldsUntilItsExpiryDateAndThenBlocksAgainWithANote() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        RunReport r = run(
                suppression("INVALID_EFFECT", "app.json", "Deploy", null, "until the migration", today),
                suppression("INVALID_EFFECT", "app.json", "Pass", null, "was until last week", today.minusDays(7)));
        assertEquals(
                "app.json Statement[0].Effect: suppressed: until the migration (until " + today + ")",
                outcomes(r).get(0),
                "the expiry date itself is still covered");
        assertEquals(
                "app.json Statement[1].Effect: blockingsuppression expired on " + today.minusDays(7)
                        + ": was until last week",
                outcomes(r).get(1));
        ReportedFinding expired = r.policies().get(0).findings().get(1);
        assertTrue(expired.blocking());
        assertFalse(expired.suppressed());

        StringWriter text = new StringWriter();
        new TextReporter().write(r, ReportContext.plain(), text);
        assertTrue(
                text.toString().contains("(suppression expired on " + today.minusDays(7) + ": was until last week)"),
                text.toString());
        StringWriter json = new StringWriter();
        new JsonReporter().write(r, ReportContext.plain(), json);
        JsonNode finding = new ObjectMapper().readTree(json.toString()).at("/policies/0/findings");
        assertEquals(
                "{\"by\":\"suppression\",\"reason\":\"until the migration\",\"expires\":\"" + today + "\"}",
                finding.get(0).get("suppressed").toString());
        assertFalse(finding.get(0).get("blocking").asBoolean());
        assertEquals(
                "{\"reason\":\"was until last week\",\"expiredOn\":\"" + today.minusDays(7) + "\"}",
                finding.get(1).get("suppressionExpired").toString());
        assertTrue(finding.get(1).get("blocking").asBoolean());
        assertFalse(finding.get(1).has("suppressed"));
    }

    @Test
    void theJsonReportMentionsSuppressionOnlyWhereThereIsOne() throws Exception {
        StringWriter json = new StringWriter();
        new JsonReporter().write(run(), ReportContext.plain(), json);
        assertFalse(json.toString().contains("suppress"), json.toString());
        assertFalse(json.toString().contains("staleBaselineEntries"));
    }

    @Test
    void aGateDecidesOnAFixedDate() throws Exception {
        // The Gate alone, with the date passed in: expiry is inclusive of the date itself.
        RunReport r = run();
        PolicyResult p = r.policies().get(0);
        ReportedFinding f = p.findings().get(0);
        Suppression s = suppression("INVALID_EFFECT", "app.json", null, null, "r", LocalDate.of(2026, 3, 31));
        Gate onTheDay = new Gate(FailOn.DEFAULT, List.of(s), Optional.empty(), "", LocalDate.of(2026, 3, 31));
        assertFalse(onTheDay.decide(p.unit(), f.finding(), f.fingerprint()).blocking());
        Gate dayAfter = new Gate(FailOn.DEFAULT, List.of(s), Optional.empty(), "", LocalDate.of(2026, 4, 1));
        Gate.Decision d = dayAfter.decide(p.unit(), f.finding(), f.fingerprint());
        assertTrue(d.blocking());
        assertEquals(
                "suppression expired on 2026-03-31: r", d.suppression().get().describe());
        Gate notBlockingType =
                new Gate(FailOn.parse("NONE"), List.of(s), Optional.empty(), "", LocalDate.of(2026, 4, 1));
        assertFalse(
                notBlockingType.decide(p.unit(), f.finding(), f.fingerprint()).blocking(),
                "an expired suppression blocks only what failOn blocks");
    }
}
