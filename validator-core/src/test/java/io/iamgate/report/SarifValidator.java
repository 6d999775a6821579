package io.iamgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Two real validators, installed by scripts/install-sarif-multitool: Microsoft's Sarif.Multitool with GitHub's
 * and the spec's rules (it does not check the JSON schema), and ajv against the SARIF 2.1.0 JSON schema.
 * Missing tool = failed test: a report nobody validated is not known to be accepted.
 */
final class SarifValidator {

    private SarifValidator() {}

    /** Both validators' complaints, one per line; empty when both accept the log. */
    static String problems(Path sarif) throws IOException, InterruptedException {
        return schemaProblems(sarif) + ruleProblems(sarif);
    }

    /** What ajv finds against the SARIF 2.1.0 JSON schema (draft 2020-12). */
    static String schemaProblems(Path sarif) throws IOException, InterruptedException {
        Path root = ProjectRoot.find();
        Path ajv = root.resolve(".tools/bin/ajv");
        Path schema = root.resolve(".tools/sarif-2.1.0.schema.json");
        if (!Files.isExecutable(ajv) || !Files.isRegularFile(schema)) {
            fail("ajv or the SARIF schema is not installed in " + root.resolve(".tools")
                    + "; run scripts/setup (or scripts/install-sarif-multitool)");
        }
        // ajv picks the parser by extension.
        Path json = Files.copy(
                sarif,
                sarif.resolveSibling(sarif.getFileName() + ".json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path log = sarif.resolveSibling(sarif.getFileName() + ".ajv.log");
        Process p = new ProcessBuilder(
                        ajv.toString(),
                        "validate",
                        "--spec=draft2020",
                        "-c",
                        "ajv-formats",
                        "--errors=text",
                        "-s",
                        schema.toString(),
                        "-d",
                        json.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("ajv did not finish in 120 s");
        }
        String out = read(log);
        if (p.exitValue() == 0 && out.contains(" valid")) {
            return "";
        }
        return "schema: " + out.trim() + "\n";
    }

    /** The multitool's error- and warning-level results for the log, one per line. */
    static String ruleProblems(Path sarif) throws IOException, InterruptedException {
        Path tool = ProjectRoot.find().resolve(".tools/bin/sarif-multitool");
        if (!Files.isExecutable(tool)) {
            fail("Sarif.Multitool is not installed at " + tool
                    + "; run scripts/setup (or scripts/install-sarif-multitool)");
        }
        Path result = sarif.resolveSibling(sarif.getFileName() + ".validation.sarif");
        Process p = new ProcessBuilder(
                        tool.toString(),
                        "validate",
                        sarif.toString(),
                        "-o",
                        result.toString(),
                        "--rule-kind",
                        "Gh;Sarif",
                        "--level",
                        "Error;Warning",
                        "--log",
                        "ForceOverwrite")
                .redirectErrorStream(true)
                .redirectOutput(sarif.resolveSibling(sarif.getFileName() + ".validation.log")
                        .toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Sarif.Multitool did not finish in 120 s");
        }
        assertEquals(
                0,
                p.exitValue(),
                () -> "Sarif.Multitool failed: " + read(sarif.resolveSibling(sarif.getFileName() + ".validation.log")));
        StringBuilder problems = new StringBuilder();
        for (JsonNode r : new ObjectMapper().readTree(result.toFile()).at("/runs/0/results")) {
            // SARIF's default level is warning: an absent level counts.
            String level = r.path("level").asText("warning");
            if (level.equals("error") || level.equals("warning")) {
                problems.append(level)
                        .append(' ')
                        .append(r.path("ruleId").asText())
                        .append(": ")
                        .append(r.at("/message/arguments").toString())
                        .append('\n');
            }
        }
        return problems.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
