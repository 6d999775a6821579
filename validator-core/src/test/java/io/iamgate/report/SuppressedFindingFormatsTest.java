package io.iamgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iamgate.Iamgate;
import io.iamgate.config.RunConfig;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A finding a suppression accepts is shown as suppressed, with its reason, in every report format. */
class SuppressedFindingFormatsTest {

    /** One INVALID_EFFECT, accepted in the template, and a suppression that accepts nothing. */
    private static final String TEMPLATE = """
            Resources:
              Reader:
                Type: AWS::IAM::ManagedPolicy
                Metadata:
                  iamgate:
                    suppressions:
                      - {issueCode: INVALID_EFFECT, reason: fixed by the next release}
                      - {issueCode: MISSING_VERSION, reason: stale}
                Properties:
                  PolicyDocument:
                    Version: "2012-10-17"
                    Statement:
                      - {Effect: allow, Action: s3:GetObject, Resource: "*"}
            """;

    @TempDir
    Path repo;

    RunReport report;

    @BeforeEach
    void run() throws Exception {
        Files.writeString(repo.resolve("stack.yaml"), TEMPLATE);
        report = Iamgate.validate(RunConfig.builder(repo).paths(List.of(repo)).build());
        assertEquals(0, report.blockingCount());
    }

    private String write(Reporter reporter) throws Exception {
        StringWriter out = new StringWriter();
        reporter.write(report, ReportContext.plain(), out);
        return out.toString();
    }

    @Test
    void textAndJsonNameTheReasonAndTheUnusedSuppression() throws Exception {
        String text = write(new TextReporter());
        assertTrue(
                text.contains("INVALID_EFFECT")
                        && text.contains("(not blocking) (suppressed: fixed by the next " + "release)"),
                text);
        assertTrue(
                text.contains("stack.yaml:8: unused suppression of MISSING_VERSION on Reader (it accepted no "
                        + "finding; remove it): stale\n"),
                text);
        assertTrue(text.contains(", 1 unused suppression(s)"), text);

        JsonNode json = new ObjectMapper().readTree(write(new JsonReporter()));
        assertEquals("Reader", json.at("/policies/0/resource").asText());
        assertEquals(
                "fixed by the next release",
                json.at("/policies/0/findings/0/suppressed/reason").asText());
        assertEquals("stack.yaml:8", json.at("/unusedSuppressions/0/declaredAt").asText());
        assertEquals(
                "MISSING_VERSION", json.at("/unusedSuppressions/0/issueCode").asText());
    }

    @Test
    void sarifMarksTheResultAcceptedWithItsJustification() throws Exception {
        JsonNode result =
                new ObjectMapper().readTree(write(new SarifReporter())).at("/runs/0/results/0");
        assertEquals("INVALID_EFFECT", result.at("/ruleId").asText());
        assertEquals("external", result.at("/suppressions/0/kind").asText());
        assertEquals("accepted", result.at("/suppressions/0/status").asText());
        assertEquals(
                "suppressed: fixed by the next release",
                result.at("/suppressions/0/justification").asText());
    }

    @Test
    void junitGithubAndMarkdownSayItIsSuppressedAndWhy() throws Exception {
        String junit = write(new JUnitReporter());
        assertTrue(
                junit.contains("INVALID_EFFECT")
                        && junit.contains("(suppressed: fixed by the next release)")
                        && !junit.contains("<failure"),
                junit);
        String github = write(new GitHubReporter());
        assertTrue(github.contains("(not blocking) (suppressed: fixed by the next release)"), github);
        String markdown = write(new MarkdownReporter());
        assertTrue(markdown.contains("| no (suppressed: fixed by the next release) |"), markdown);
    }
}
