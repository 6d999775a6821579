package io.iamgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.config.FailOn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHubReporterTest {

    @TempDir
    Path dir;

    @Test
    void annotatesEachFindingWithOneBasedColumnsAndEachErrorOfARealRun() throws Exception {
        RunReport report = SampleReports.pipeline(dir.resolve("repo"), FailOn.DEFAULT);
        List<String> lines = SampleReports.render(new GitHubReporter(), report, Map.of())
                .lines()
                .toList();

        assertTrue(
                lines.contains(
                        "::error file=policies/bad policy.json,line=5,col=17,endLine=5,endColumn=24,"
                                + "title=INVALID_EFFECT (ERROR)::The effect allow is not valid. Use Allow or Deny (case-sensitive)."),
                String.join("\n", lines));
        assertTrue(
                lines.stream()
                        .anyMatch(l -> l.startsWith("::error file=policies/bad policy.json,line=7,col=7,"
                                + "endLine=7,endColumn=18,title=INVALID_POLICY_ELEMENT (ERROR)::")),
                String.join("\n", lines));
        assertTrue(
                lines.stream()
                        .anyMatch(l -> l.startsWith("::error file=package.json,title=iamgate could not check "
                                + "this file::holds no IAM policy")),
                String.join("\n", lines));
        assertFalse(lines.stream().anyMatch(l -> l.contains("clean.json")), "a clean policy gets no annotation");
        assertEquals(
                "iamgate: " + report.findingCount() + " finding(s), " + report.findingCount() + " blocking, 1 error(s)",
                lines.get(lines.size() - 1));
    }

    @Test
    void ranksSecurityFirstMapsTypesToCommandsAndEscapesPerGitHubRules() throws Exception {
        List<String> lines = SampleReports.render(new GitHubReporter(), SampleReports.everyType(), Map.of())
                .lines()
                .toList();

        assertTrue(
                lines.get(0).startsWith("::error ") && lines.get(0).contains("PASS_ROLE_WITH_STAR_IN_RESOURCE"),
                lines.get(0));
        assertTrue(
                lines.get(1).startsWith("::error file=infra/app.template.json,line=5,col=")
                        && lines.get(1)
                                .contains("title=INVALID_ARN_RESOURCE (ERROR)::Bad ARN: x|y,z:%25 "
                                        + "[Resources.App.Properties.PolicyDocument]"),
                lines.get(1));
        assertEquals(
                "::error file=odd%2C name%3A1.json,title=iamgate could not check this file::is binary", lines.get(2));
        assertTrue(
                lines.get(3).startsWith("::warning ")
                        && lines.get(3)
                                .contains("::Details with | pipe, `tick`, <b>html</b>, 50%25 and a\\nnew line. "
                                        + "[Resources.App.Properties.PolicyDocument] (not blocking)"),
                lines.get(3));
        assertTrue(lines.get(4).startsWith("::notice ") && lines.get(4).contains("EMPTY_SID_VALUE"), lines.get(4));
    }

    @Test
    void escapesPropertyValuesAndMessages() {
        assertEquals("a%25b\\r\\nc%3Ad%2Ce", WorkflowCommandText.property("a%b\r\nc:d,e"));
        assertEquals("a%25b\\r\\nc:d,e", WorkflowCommandText.message("a%b\r\nc:d,e"));
    }

    @Test
    void appendsAJobSummaryWithCountsAndBlockingFindingsWhenGitHubAsksForOne() throws Exception {
        Path summary = dir.resolve("step_summary.md");
        Files.writeString(summary, "earlier step\n", StandardCharsets.UTF_8);

        SampleReports.render(
                new GitHubReporter(), SampleReports.everyType(), Map.of("GITHUB_STEP_SUMMARY", summary.toString()));

        String md = Files.readString(summary, StandardCharsets.UTF_8);
        assertTrue(md.startsWith("earlier step\n## iamgate: could not check everything\n"), md);
        assertTrue(
                md.contains("| ERROR | 1 | 1 |\n| SECURITY_WARNING | 1 | 1 |\n| WARNING | 1 | 0 |\n"
                        + "| SUGGESTION | 1 | 0 |\n"),
                md);
        assertTrue(md.contains("### Blocking findings"), md);
        assertTrue(md.contains("`PASS_ROLE_WITH_STAR_IN_RESOURCE`"), md);
        assertTrue(md.contains("Bad ARN: x\\|y,z:%"), md);
        assertFalse(md.contains("REDUNDANT_ACTION"), "non-blocking findings stay out of the blocking table");
        assertTrue(md.contains("| `odd, name:1.json` | is binary |"), md);
    }

    @Test
    void writesNoSummaryWithoutTheVariable() throws Exception {
        String out = SampleReports.render(new GitHubReporter(), SampleReports.everyType(), Map.of());
        assertFalse(out.contains("## iamgate"), out);
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }
}
