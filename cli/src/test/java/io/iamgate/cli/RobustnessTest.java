package io.iamgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs through the real command line, each in its own JVM with a 256 MB heap: every run must
 * end (time limit), within that memory, with exit code 2 or an error finding, a message naming the
 * hostile file, no stack trace, and the other file of the run still checked. Wall-clock times (JVM
 * start included) are written to target/robustness-timings.txt; they are a record, not an assertion.
 */
class RobustnessTest {

    // Bounded, but above what the built-in Rego pack's in-process wasm runtime needs (about 400 MB).
    static final String HEAP = "1g";
    static final long TIMEOUT_SECONDS = 120;
    static final String NEIGHBOUR = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"allow\", "
            + "\"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}";

    private static final List<String> TIMINGS = new ArrayList<>();

    @TempDir
    Path repo;

    @BeforeEach
    void neighbour() throws IOException {
        Files.writeString(repo.resolve("neighbour.json"), NEIGHBOUR);
    }

    @AfterAll
    static void writeTimings() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-28s %8s  %s", "case", "ms", "outcome"));
        synchronized (TIMINGS) {
            lines.addAll(TIMINGS);
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "robustness-timings.txt"), lines);
        lines.forEach(System.out::println);
    }

    /** How the hostile file came out: as an input error (exit 2) or as an ERROR finding in it. */
    private String expectFailClosed(String caseName, String hostile, String... paths) throws IOException {
        List<String> args = new ArrayList<>(List.of("validate", "--format", "json"));
        args.addAll(paths.length == 0 ? List.of(".") : List.of(paths));
        Cli.Result r = Cli.process(repo, Map.of(), HEAP, TIMEOUT_SECONDS, args.toArray(String[]::new));
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception in thread"), "a stack trace: " + r.err());
        assertFalse(r.err().contains("OutOfMemoryError"), r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());

        JsonNode neighbourFindings = null;
        String outcome = null;
        for (JsonNode p : report.get("policies")) {
            if (p.get("file").asText().equals("neighbour.json")) {
                neighbourFindings = p.get("findings");
            }
            if (p.get("file").asText().equals(hostile)) {
                for (JsonNode f : p.get("findings")) {
                    if (f.get("findingType").asText().equals("ERROR") && outcome == null) {
                        outcome = "exit " + r.exitCode() + ", finding "
                                + f.get("issueCode").asText() + ": "
                                + f.get("findingDetails").asText();
                    }
                }
            }
        }
        for (JsonNode e : report.get("errors")) {
            if (e.get("file").asText().equals(hostile) && outcome == null) {
                outcome =
                        "exit " + r.exitCode() + ", error: " + e.get("message").asText();
            }
        }
        assertTrue(outcome != null, caseName + ": nothing names " + hostile + ":\n" + r.out() + r.err());
        if (outcome.contains("error:")) {
            assertEquals(2, r.exitCode(), outcome);
        } else {
            assertTrue(r.exitCode() == 1 || r.exitCode() == 2, outcome);
        }
        assertTrue(
                neighbourFindings != null && neighbourFindings.toString().contains("INVALID_EFFECT"),
                caseName + ": the other file was not checked:\n" + r.out());
        String shortOutcome = outcome.length() > 110 ? outcome.substring(0, 110) + "..." : outcome;
        synchronized (TIMINGS) {
            TIMINGS.add(String.format("%-28s %8d  %s", caseName, r.millis(), shortOutcome));
        }
        return outcome;
    }

    @Test
    void malformedJson() throws IOException {
        Files.writeString(
                repo.resolve("broken.json"),
                "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": " + "\"Allow\", \"Action\": ");
        assertTrue(expectFailClosed("malformed JSON", "broken.json").contains("JSON_SYNTAX_ERROR"));
    }

    @Test
    void malformedYamlNamedExplicitly() throws IOException {
        Files.writeString(
                repo.resolve("template.yaml"),
                "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n"
                        + "  Role:\n    Type: AWS::IAM::Role\n   Properties: [\n      {\n");
        expectFailClosed("malformed YAML", "template.yaml", "template.yaml", ".");
    }

    @Test
    void yamlAliasBombNamedExplicitly() throws IOException {
        Files.writeString(repo.resolve("bomb.yaml"), aliasBomb());
        expectFailClosed("YAML alias bomb (file)", "bomb.yaml", "bomb.yaml", ".");
    }

    @Test
    void yamlAliasBombAsConfiguration() throws IOException {
        Files.writeString(repo.resolve("bomb.yml"), aliasBomb());
        Cli.Result r = Cli.process(repo, Map.of(), HEAP, TIMEOUT_SECONDS, "validate", "--config", "bomb.yml");
        assertEquals(2, r.exitCode(), r.all());
        assertEquals(
                "iamgate: bomb.yml:2: YAML aliases (*a) are not supported in the configuration; write the value "
                        + "out\n",
                r.err());
        synchronized (TIMINGS) {
            TIMINGS.add(String.format(
                    "%-28s %8d  %s",
                    "YAML alias bomb (config)", r.millis(), "exit 2, " + r.err().trim()));
        }
    }

    @Test
    void hundredThousandElementArray() throws IOException {
        StringBuilder s = new StringBuilder("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Alow\", "
                + "\"Resource\": \"*\", \"Action\": [");
        for (int i = 0; i < 100_000; i++) {
            s.append(i == 0 ? "" : ",\n").append("\"s3:GetObject").append(i).append('"');
        }
        s.append("]}]}");
        Files.writeString(repo.resolve("wide.json"), s);
        assertTrue(expectFailClosed("100,000-element array", "wide.json")
                .contains("more than the limit of 10000 per statement"));
    }

    @Test
    void tenThousandDeepNesting() throws IOException {
        Files.writeString(
                repo.resolve("deep.json"),
                "{\"Version\": \"2012-10-17\", \"Statement\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");
        assertTrue(expectFailClosed("10,000-deep nesting", "deep.json").contains("parser limit"));
        Files.delete(repo.resolve("deep.json"));
        Files.writeString(repo.resolve("deep-objects.json"), "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));
        assertTrue(expectFailClosed("10,000-deep objects", "deep-objects.json").contains("parser limit"));
    }

    @Test
    void hundredMegabyteString() throws IOException {
        Path file = repo.resolve("huge.json");
        byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
            out.write("\"}]}".getBytes(StandardCharsets.US_ASCII));
        }
        assertTrue(expectFailClosed("100 MB string", "huge.json").contains("larger than the limit"));
    }

    @Test
    void fifteenMegabyteStringUnderTheFileLimit() throws IOException {
        Files.writeString(
                repo.resolve("long.json"),
                "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"" + "a".repeat(15 << 20) + "\"}]}");
        assertTrue(expectFailClosed("15 MB string", "long.json").contains("parser limit"));
    }

    @Test
    void exhaustedHeapStillFailsClosed() throws IOException {
        // With a heap too small for the file, the run cannot finish: it must say so and exit 2, not pass.
        Files.writeString(
                repo.resolve("long.json"),
                "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"" + "a".repeat(15 << 20) + "\"}]}");
        Cli.Result r = Cli.process(repo, Map.of(), "32m", TIMEOUT_SECONDS, "validate", ".");
        assertEquals(2, r.exitCode(), r.all());
        assertTrue(r.err().startsWith("iamgate: ") && r.err().contains("OutOfMemoryError"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        synchronized (TIMINGS) {
            TIMINGS.add(String.format(
                    "%-28s %8d  %s",
                    "15 MB string, 32 MB heap", r.millis(), "exit 2, " + r.err().trim()));
        }
    }

    @Test
    void invalidUtf8() throws IOException {
        byte[] policy = NEIGHBOUR.replace("s3:GetObject", "s3:GetObj\u00e9ct").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(repo.resolve("latin1.json"), policy);
        assertTrue(expectFailClosed("invalid UTF-8", "latin1.json").contains("not valid UTF-8"));
    }

    @Test
    void binaryFile() throws IOException {
        Files.write(repo.resolve("image.json"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertTrue(expectFailClosed("binary file", "image.json").contains("binary"));
    }

    @Test
    void emptyFile() throws IOException {
        Files.writeString(repo.resolve("empty.json"), "");
        assertTrue(expectFailClosed("empty file", "empty.json").contains("JSON_SYNTAX_ERROR"));
    }

    @Test
    void symlinkLoops() throws IOException {
        Files.createDirectories(repo.resolve("sub"));
        Files.createSymbolicLink(repo.resolve("sub/loop"), repo); // a directory link back up
        Files.createSymbolicLink(repo.resolve("self.json"), Path.of("self.json")); // a link to itself
        Files.createSymbolicLink(repo.resolve("a.json"), Path.of("b.json")); // a two-link cycle
        Files.createSymbolicLink(repo.resolve("b.json"), Path.of("a.json"));
        assertTrue(expectFailClosed("symlink loops", "self.json").contains("symbolic link"));
    }

    @Test
    void unreadableFile() throws IOException, InterruptedException {
        Path file = repo.resolve("secret-policy.json");
        Files.writeString(file, NEIGHBOUR);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try {
            if (!Files.isReadable(file)) {
                assertTrue(expectFailClosed("unreadable (chmod 000)", "secret-policy.json")
                        .contains("permission denied"));
                return;
            }
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        // Running as root, which reads anything: a FIFO named like a policy stands in for a file whose
        // read cannot succeed (reading it would block forever).
        Files.delete(file);
        Process mkfifo = new ProcessBuilder("mkfifo", repo.resolve("pipe.json").toString())
                .inheritIO()
                .start();
        assertEquals(0, mkfifo.waitFor());
        assertTrue(expectFailClosed("unreadable (root: FIFO)", "pipe.json").contains("not a regular file"));
    }

    /** The "billion laughs": ten levels of nine aliases would expand to 9^10 values. */
    static String aliasBomb() {
        StringBuilder yaml =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append((char) (c - 1));
            }
            yaml.append("]\n");
        }
        return yaml.toString();
    }

    /** Checked, not failed: an unknown intrinsic becomes a placeholder and a note; the real mistake is still found. */
    @Test
    void cloudFormationWithAnUnknownIntrinsic() throws IOException {
        Files.writeString(
                repo.resolve("stack.yaml"),
                "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n"
                        + "  Policy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n"
                        + "        Version: '2012-10-17'\n        Statement:\n          - Effect: Alow\n"
                        + "            Action: s3:GetObject\n            Resource: {'Fn::Frobnicate': [a, b]}\n");
        Cli.Result r = Cli.process(repo, Map.of(), HEAP, TIMEOUT_SECONDS, "validate", "--format", "json", ".");
        assertFalse(r.err().contains("\tat "), r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());
        JsonNode stack = null;
        for (JsonNode p : report.get("policies")) {
            if (p.get("file").asText().equals("stack.yaml")) {
                stack = p;
            }
        }
        assertTrue(stack != null, "the template's policy was checked:\n" + r.out());
        assertTrue(stack.get("findings").toString().contains("INVALID_EFFECT"), stack.toString());
        assertTrue(stack.has("notes") && stack.get("notes").toString().contains("Fn::Frobnicate"), stack.toString());
        assertEquals(1, r.exitCode(), r.out());
    }

    /** Fields a newer Terraform adds are ignored, never a crash; the policy is still checked. */
    @Test
    void terraformPlanWithUnknownFields() throws IOException {
        String policy = "{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{\\\"Effect\\\":\\\"Alow\\\","
                + "\\\"Action\\\":\\\"s3:GetObject\\\",\\\"Resource\\\":\\\"*\\\"}]}";
        Files.writeString(
                repo.resolve("plan.json"),
                "{\"format_version\":\"9.9\",\"terraform_version\":\"9.0.0\","
                        + "\"future_top_level\":{\"x\":[1,2]},\"planned_values\":{\"root_module\":{\"future\":true,"
                        + "\"resources\":[{\"address\":\"aws_iam_policy.p\",\"mode\":\"managed\",\"type\":\"aws_iam_policy\","
                        + "\"name\":\"p\",\"new_field\":{\"deep\":[{}]},\"values\":{\"name\":\"p\",\"policy\":\""
                        + policy
                        + "\",\"unheard_of\":42}}]}}}");
        Cli.Result r = Cli.process(repo, Map.of(), HEAP, TIMEOUT_SECONDS, "validate", "--format", "json", ".");
        assertFalse(r.err().contains("\tat "), r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());
        boolean found = false;
        for (JsonNode p : report.get("policies")) {
            if (p.get("file").asText().equals("plan.json")) {
                found = p.get("findings").toString().contains("INVALID_EFFECT");
            }
        }
        assertTrue(found, r.out());
        assertEquals(1, r.exitCode(), r.out());
    }
}
