package io.iamgate.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.Iamgate;
import io.iamgate.report.Reporters;
import io.iamgate.report.RunReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin's view of a real core run: log lines, report files, verdict. */
class GateRunTest {

    private static final String BAD = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Effect": "Allowed",
                  "Action": "s3:GetObject",
                  "Resource": "arn:aws:s3:::example-reports/*"
                }
              ]
            }
            """;
    private static final String NO_VERSION = """
            {"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::example-reports/*"}]}
            """;

    @TempDir
    Path root;

    Path module;

    @BeforeEach
    void module() throws IOException {
        module = root.resolve("infra");
        Files.createDirectories(module.resolve("src/main/iam"));
    }

    private RunReport run(String failOn) throws IOException {
        return Iamgate.validate(new GateParameters(
                        module,
                        List.of(module.resolve("src/main/iam")),
                        failOn,
                        null,
                        null,
                        null,
                        null,
                        Optional.empty())
                .toRunConfig());
    }

    @Test
    void findingsAreLoggedInTheCompilerStyleRelativeToTheExecutionRoot() throws IOException {
        Files.writeString(module.resolve("src/main/iam/bad.json"), BAD);
        Files.writeString(module.resolve("src/main/iam/no-version.json"), NO_VERSION);

        List<LogLine> lines = new FindingLog(module, root).lines(run(null));

        assertEquals(
                List.of(
                        new LogLine(
                                LogLine.Level.ERROR,
                                "infra/src/main/iam/bad.json:[5,17] INVALID_EFFECT The effect Allowed "
                                        + "is not valid. Use Allow or Deny (case-sensitive)."),
                        new LogLine(LogLine.Level.WARN, lines.get(1).text()),
                        new LogLine(
                                LogLine.Level.INFO,
                                "iamgate: 2 file(s), 2 policies, 2 finding(s) (1 ERROR, 1 WARNING), " + "1 blocking")),
                lines);
        assertTrue(lines.get(1).text().startsWith("infra/src/main/iam/no-version.json:[1,1] MISSING_VERSION "));
        assertTrue(lines.get(1).text().endsWith(" (WARNING, not blocking)"));
    }

    @Test
    void pathsOutsideTheExecutionRootStayAbsolute() {
        Path elsewhere = root.resolve("elsewhere");
        assertEquals(
                module.resolve("a.json").toString().replace('\\', '/'),
                new FindingLog(module, elsewhere).shown("a.json"));
        assertEquals("a.json", new FindingLog(module, module).shown("a.json"));
    }

    @Test
    void blockingFindingsFailTheBuildNamingCountTypesAndReports() throws IOException {
        Files.writeString(module.resolve("src/main/iam/bad.json"), BAD);
        Files.writeString(module.resolve("src/main/iam/no-version.json"), NO_VERSION);
        RunReport report = run(null);
        Path json = root.resolve("target/iamgate/iamgate.json");

        MojoFailureException e = assertThrows(MojoFailureException.class, () -> Verdict.enforce(report, List.of(json)));

        assertEquals(
                "iamgate found 1 blocking finding(s) (1 ERROR) in 1 file(s): ERROR INVALID_EFFECT. Reports: " + json,
                e.getMessage());
    }

    @Test
    void failOnDecidesWhatBlocks() throws IOException {
        Files.writeString(module.resolve("src/main/iam/bad.json"), BAD);
        Files.writeString(module.resolve("src/main/iam/no-version.json"), NO_VERSION);
        assertDoesNotThrow(() -> Verdict.enforce(run("NONE"), List.of()));
        MojoFailureException e =
                assertThrows(MojoFailureException.class, () -> Verdict.enforce(run("ERROR,WARNING"), List.of()));
        assertEquals(
                "iamgate found 2 blocking finding(s) (1 ERROR, 1 WARNING) in 2 file(s): ERROR INVALID_EFFECT; "
                        + "WARNING MISSING_VERSION.",
                e.getMessage());
    }

    @Test
    void whatCouldNotBeCheckedIsAnExecutionErrorEvenWithoutFindings() throws IOException {
        Files.write(
                module.resolve("src/main/iam/latin1.json"),
                "{\"Statement\": [{\"Sid\": \"caf\u00e9\"}]}".getBytes(StandardCharsets.ISO_8859_1));
        RunReport report = run("NONE");

        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> Verdict.enforce(report, List.of()));

        assertTrue(
                e.getMessage()
                        .startsWith("iamgate could not check everything: 1 error(s), the first in "
                                + "src/main/iam/latin1.json: is not valid UTF-8"),
                e.getMessage());
        assertEquals(
                LogLine.Level.ERROR,
                new FindingLog(module, root).lines(report).get(0).level());
    }

    @Test
    void reportsAreWrittenWhateverTheVerdict() throws IOException {
        Files.writeString(module.resolve("src/main/iam/bad.json"), BAD);
        RunReport report = run(null);
        Reporters standard = Reporters.standard();
        ReportFiles files = new ReportFiles(standard, List.of("text"));
        Path out = module.resolve("target/iamgate");

        List<Path> written = files.write(report, out);

        assertEquals(
                List.of(out.resolve("iamgate.json"), out.resolve("iamgate.sarif"), out.resolve("iamgate.txt")),
                written);
        assertTrue(Files.readString(out.resolve("iamgate.json")).contains("\"issueCode\": \"INVALID_EFFECT\""));
        assertTrue(Files.readString(out.resolve("iamgate.sarif"))
                .matches("(?s).*\"ruleId\"\\s*:\\s*\"INVALID_EFFECT\".*"));
        assertTrue(Files.readString(out.resolve("iamgate.txt"))
                .startsWith("src/main/iam/bad.json:5:17: ERROR INVALID_EFFECT"));
    }

    @Test
    void anUnknownFormatIsRefusedListingTheAvailableOnes() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new ReportFiles(Reporters.standard(), List.of("html")));
        assertTrue(
                e.getMessage().startsWith("formats (iamgate.formats): unknown format 'html' (available: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("json"), e.getMessage());
    }
}
