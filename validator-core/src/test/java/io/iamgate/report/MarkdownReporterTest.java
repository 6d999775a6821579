package io.iamgate.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.config.FailOn;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReporterTest {

    @TempDir
    Path dir;

    @Test
    void summarisesCountsByTypeAndTablesEveryFindingWorstFirst() throws Exception {
        String md = SampleReports.render(new MarkdownReporter(), SampleReports.everyType(), Map.of());

        assertTrue(
                md.startsWith("## iamgate: could not check everything\n\n2 file(s), 1 policies, 4 finding(s), "
                        + "2 blocking, 1 error(s).\n"),
                md);
        assertTrue(
                md.contains("| Finding type | Findings | Blocking |\n| --- | ---: | ---: |\n| ERROR | 1 | 1 |\n"
                        + "| SECURITY_WARNING | 1 | 1 |\n| WARNING | 1 | 0 |\n| SUGGESTION | 1 | 0 |\n"),
                md);
        int error = md.indexOf("INVALID_ARN_RESOURCE`]");
        int security = md.indexOf("PASS_ROLE_WITH_STAR_IN_RESOURCE`]");
        int warning = md.indexOf("REDUNDANT_ACTION`]");
        int suggestion = md.indexOf("EMPTY_SID_VALUE`]");
        assertTrue(error > 0 && error < security && security < warning && warning < suggestion, md);
        assertTrue(
                md.contains(
                        "| `infra/app.template.json:5:47` | WARNING | [`REDUNDANT_ACTION`]"
                                + "(https://docs.example.test/checks#redundant_action) | no | Details with \\| pipe, \\`tick\\`, "
                                + "\\<b\\>html\\</b\\>, 50% and a\\\\nnew line. (`Resources.App.Properties.PolicyDocument`) |\n"),
                md);
        assertTrue(
                md.contains(
                        "### Errors (not checked)\n\n| File | Error |\n| --- | --- |\n| `odd, name:1.json` | is binary |"),
                md);
    }

    @Test
    void aCleanRunSaysItPassed() throws Exception {
        RunReport report = SampleReports.pipeline(dir, FailOn.DEFAULT);
        RunReport clean = new RunReport(
                report.tool(),
                1,
                report.policies().stream().filter(p -> p.findings().isEmpty()).toList(),
                java.util.List.of());
        String md = SampleReports.render(new MarkdownReporter(), clean, Map.of());
        assertTrue(
                md.startsWith("## iamgate: passed\n\n1 file(s), 1 policies, 0 finding(s), 0 blocking, 0 error(s)."),
                md);
        assertTrue(!md.contains("### Findings"), md);
    }
}
