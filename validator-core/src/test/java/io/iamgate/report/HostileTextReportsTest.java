package io.iamgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.Iamgate;
import io.iamgate.config.RunConfig;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * Real runs over policies whose text and file names a pull request author chose to attack the output: each
 * attack with its safe twin (ordinary Unicode, shown as it is).
 */
class HostileTextReportsTest {

    /** A Sid that starts lines of its own: a workflow command, then a summary line claiming a pass. */
    static final String FORGING_SID =
            "x\n::add-mask::secret\n::warning file=ok.json::forged\n" + "iamgate: 0 finding(s), 0 blocking, 0 error(s)";

    @TempDir
    Path dir;

    private RunReport run(String fileName, String sid) throws IOException {
        String policy = """
                {
                  "Version": "2012-10-17",
                  "Statement": [{"Sid": %s, "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]
                }
                """.formatted(jsonString(sid));
        Files.writeString(dir.resolve(fileName), policy, StandardCharsets.UTF_8);
        RunReport report = Iamgate.validate(RunConfig.builder(dir)
                .paths(List.of(Path.of(fileName)))
                .threads(1)
                .build());
        String details = report.policies().get(0).findings().get(0).finding().findingDetails();
        assertTrue(
                details.contains(sid),
                "the Sid is quoted in the finding, so the attack reaches the reporters: " + details);
        return report;
    }

    private static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints()
                .forEach(c -> sb.append(
                        c < 0x20 || c == '"' || c == '\\' ? String.format("\\u%04x", c) : Character.toString(c)));
        return sb.append('"').toString();
    }

    @Test
    void sidWithNewlineCannotForgeWorkflowCommandInText() throws Exception {
        String text = SampleReports.render(new TextReporter(), run("p.json", FORGING_SID), Map.of());

        List<String> lines = text.lines().toList();
        assertEquals(2, lines.size(), text);
        assertTrue(lines.get(0).startsWith("p.json:3:"), text);
        assertTrue(lines.get(0).contains("x\\n::add-mask::secret\\n::warning file=ok.json::forged\\niamgate: 0"), text);
        assertTrue(lines.get(1).startsWith("iamgate: 1 file(s), 1 policy, 1 finding(s)"), text);
    }

    @Test
    void sidWithNewlineCannotForgeWorkflowCommandInGithubFormat() throws Exception {
        String out = SampleReports.render(new GitHubReporter(), run("p.json", FORGING_SID), Map.of());

        List<String> lines = out.lines().toList();
        assertEquals(2, lines.size(), out);
        assertTrue(lines.get(0).startsWith("::error file=p.json,line=3,"), out);
        assertTrue(lines.get(0).contains("x\\n::add-mask::secret\\n::warning file=ok.json::forged"), out);
        assertEquals("iamgate: 1 finding(s), 1 blocking, 0 error(s)", lines.get(1));
    }

    @Test
    void ordinaryUnicodeSidIsPrintedAsIsInText() throws Exception {
        String text = SampleReports.render(new TextReporter(), run("política.json", "Zoë策略"), Map.of());

        assertTrue(text.startsWith("política.json:3:"), text);
        assertTrue(text.contains("\"Zoë策略\""), text);
    }

    @Test
    void escapeSequencesInPolicyTextAreShownEscapedOnTerminal() throws Exception {
        RunReport report = run("p.json", "\u001b[2J\u001b]0;owned\u0007\rclean");
        String text = SampleReports.render(new TextReporter(), report, Map.of());

        assertTrue(text.contains("\\u001b[2J\\u001b]0;owned\\u0007\\rclean"), text);
        assertFalse(text.chars().anyMatch(c -> c < 0x20 && c != '\n'), "no raw control character: " + text);
    }

    @Test
    void fileNameWithNewlineCannotForgeALineInText() throws Exception {
        String text = SampleReports.render(new TextReporter(), run("a\n::error::forged.json", "ok-sid"), Map.of());

        assertTrue(text.startsWith("a\\n::error::forged.json:3:"), text);
        assertFalse(text.lines().anyMatch(l -> l.startsWith("::")), text);
    }

    @Test
    void junitHasNoRawControlCharacters() throws Exception {
        String xml =
                SampleReports.render(new JUnitReporter(), run("bell\u0007.json", FORGING_SID + "\u001b[2J"), Map.of());

        for (String line : xml.split("\n")) {
            assertFalse(line.chars().anyMatch(c -> c < 0x20 || c == 0x7f), "a control character in: " + line);
        }
        assertTrue(xml.contains("classname=\"bell\\u0007.json\""), xml);
        assertTrue(xml.contains("x\\n::add-mask::secret\\n::warning"), xml);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.newDocumentBuilder().parse(new InputSource(new StringReader(xml))); // well-formed XML 1.0
    }

    @Test
    void ordinaryUnicodeIsKeptInJunit() throws Exception {
        String xml = SampleReports.render(new JUnitReporter(), run("política.json", "Zoë策略"), Map.of());

        assertTrue(xml.contains("classname=\"política.json\""), xml);
        assertTrue(xml.contains("\"Zoë策略\""), xml);
    }

    @Test
    void sidWithNewlineStaysInItsMarkdownTableRow() throws Exception {
        String md = SampleReports.render(new MarkdownReporter(), run("p.json", FORGING_SID), Map.of());

        List<String> rows = md.lines().filter(l -> l.startsWith("| `p.json:3:")).toList();
        assertEquals(1, rows.size(), md);
        assertTrue(rows.get(0).endsWith(" |"), rows.get(0));
        assertFalse(md.lines().anyMatch(l -> l.startsWith("::") || l.startsWith("iamgate: 0")), md);
    }

    @Test
    void backticksInFileNameStayInsideTheJobSummaryCodeSpan() throws Exception {
        Path summary = dir.resolve("summary.md");
        SampleReports.render(
                new GitHubReporter(), run("p`` x.json", "bad-sid"), Map.of("GITHUB_STEP_SUMMARY", summary.toString()));

        String row = Files.readString(summary)
                .lines()
                .filter(l -> l.startsWith("| `"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "p`` x.json:3:",
                MarkdownTextTest.codeSpanContent(row.substring(2)).substring(0, 13),
                row);
    }
}
