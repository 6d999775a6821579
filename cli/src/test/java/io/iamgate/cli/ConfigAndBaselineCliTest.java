package io.iamgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .iamgate.yml, --config, --baseline and 'baseline write' through the real command line. */
class ConfigAndBaselineCliTest {

    static final String BAD_EFFECT = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"Deploy\", "
            + "\"Effect\": \"allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}";

    @TempDir
    Path repo;

    @Test
    void theConfigurationFileInTheWorkingDirectoryIsUsedAndFlagsOverrideIt() throws Exception {
        Files.createDirectories(repo.resolve("legacy"));
        Files.createDirectories(repo.resolve("generated"));
        Files.writeString(repo.resolve("legacy/a.json"), BAD_EFFECT);
        Files.writeString(repo.resolve("generated/b.json"), BAD_EFFECT);
        Files.writeString(repo.resolve("c.json"), BAD_EFFECT);
        Files.writeString(repo.resolve(".iamgate.yml"), """
                # iamgate configuration
                exclude: [generated]
                suppressions:
                  - issueCode: INVALID_EFFECT
                    file: "legacy/**"
                    reason: legacy account, being retired
                """);
        Cli.Result r = Cli.process(repo, Map.of(), "256m", 60, "validate");
        assertEquals(1, r.exitCode(), r.all());
        assertTrue(
                r.out()
                        .contains(
                                "legacy/a.json:1:69: ERROR INVALID_EFFECT The effect allow is not valid. Use Allow "
                                        + "or Deny (case-sensitive). (not blocking) (suppressed: legacy account, being retired)"),
                r.out());
        assertTrue(r.out().contains("c.json:1:69: ERROR INVALID_EFFECT"), r.out());
        assertFalse(r.out().contains("generated/b.json"), r.out());
        // Three files: the two policies and .iamgate.yml itself, which holds no policy.
        assertTrue(
                r.out().contains("iamgate: 3 file(s), 2 policies, 2 finding(s) (2 ERROR), 1 blocking, 1 suppressed"),
                r.out());

        Cli.Result flags = Cli.process(repo, Map.of(), "256m", 60, "validate", "--fail-on", "NONE");
        assertEquals(0, flags.exitCode(), flags.all());

        Files.writeString(repo.resolve("strict.yml"), "failOn: [ERROR]\nexclude: []\n");
        Cli.Result other = Cli.process(repo, Map.of(), "256m", 60, "validate", "--config", "strict.yml");
        assertEquals(1, other.exitCode(), other.all());
        assertTrue(other.out().contains("generated/b.json"), "--config replaces .iamgate.yml: " + other.out());
    }

    @Test
    void aBadConfigurationEndsTheRunWithItsLineAndExitCode2() throws Exception {
        Files.writeString(repo.resolve("p.json"), BAD_EFFECT);
        Path config = repo.resolve("bad.yml");
        Files.writeString(config, "exclude: [generated]\n\nfailOn: [EROR]\n");
        Cli.Result r = Cli.run("validate", "--config", config.toString(), repo.toString());
        assertEquals(2, r.exitCode());
        assertEquals(
                "iamgate: " + config + ":3: failOn: unknown finding type 'EROR' (did you mean 'ERROR'?) (expected "
                        + "ERROR, SECURITY_WARNING, WARNING, SUGGESTION, UNCHECKED, NONE, an issue code such as MISSING_VERSION or a code glob such as IAMGATE_PRIVESC_*)\n",
                r.err());
        assertEquals("", r.out());
        Cli.Result missing = Cli.run("validate", "--config", "no-such.yml", repo.toString());
        assertEquals(2, missing.exitCode());
        assertEquals("iamgate: no-such.yml: no such configuration file; check the --config path\n", missing.err());
    }

    @Test
    void configErrorMessageIsEscapedOnStderr() throws Exception {
        Path config = repo.resolve("bad.yml");
        // A value that would start a workflow command on a line of its own, ring the bell and clear the terminal.
        Files.writeString(config, "failOn: [\"EROR\\n::add-mask::x\\x07\\e[2J\"]\n");
        Cli.Result r = Cli.run("validate", "--config", config.toString(), repo.toString());

        assertEquals(2, r.exitCode(), r.all());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("'EROR\\n::add-mask::x\\u0007\\u001b[2J'"), r.err());
        assertFalse(r.err().chars().anyMatch(c -> c < 0x20 && c != '\n'), r.err());
    }

    @Test
    void configErrorMessageShowsOrdinaryUnicodeAsItIs() throws Exception {
        Path config = repo.resolve("bad.yml");
        Files.writeString(config, "failOn: [ÉRREUR_策略]\n");
        Cli.Result r = Cli.run("validate", "--config", config.toString(), repo.toString());

        assertEquals(2, r.exitCode(), r.all());
        assertTrue(r.err().contains("'ÉRREUR_策略'"), r.err());
    }

    @Test
    void baselineWriteThenOnlyNewFindingsBlockAndStaleEntriesAreListed() throws Exception {
        Path policy = repo.resolve("p.json");
        Files.writeString(policy, BAD_EFFECT);
        Path baseline = repo.resolve("baseline.json");
        Cli.Result write = Cli.run("baseline", "write", "--output", baseline.toString(), repo.toString());
        assertEquals(0, write.exitCode(), write.all());
        assertEquals(
                "iamgate: wrote 1 finding(s) to " + baseline + "; validate with --baseline " + baseline
                        + " to block only new findings\n",
                write.out());

        assertEquals(1, Cli.run("validate", repo.toString()).exitCode());
        Cli.Result accepted = Cli.run("validate", "--baseline", baseline.toString(), repo.toString());
        assertEquals(0, accepted.exitCode(), accepted.all());
        assertTrue(accepted.out().contains("(in baseline: recorded in "), accepted.out());

        // Fix the recorded finding, introduce a new one: exit 1, and the recorded entry is stale.
        Files.writeString(
                policy,
                BAD_EFFECT
                        .replace("\"allow\"", "\"Allow\"")
                        .replace(
                                "\"*\"}",
                                "\"*\"}, " + "{\"Effect\": \"Deny!\", \"Action\": \"s3:*\", \"Resource\": \"*\"}"));
        Cli.Result later = Cli.run("validate", "--format", "json", "--baseline", baseline.toString(), repo.toString());
        assertEquals(1, later.exitCode(), later.all());
        JsonNode report = new ObjectMapper().readTree(later.out());
        assertEquals(1, report.get("staleBaselineEntries").size());
        assertEquals(
                "INVALID_EFFECT", report.at("/staleBaselineEntries/0/issueCode").asText());
        assertEquals(
                "Statement[0].Effect", report.at("/staleBaselineEntries/0/path").asText());
        assertEquals(1, report.at("/summary/blocking").asInt());
    }

    @Test
    void baselineWriteRefusesWhenSomethingCouldNotBeChecked() throws Exception {
        Files.writeString(repo.resolve("p.json"), BAD_EFFECT);
        Files.write(repo.resolve("latin1.json"), new byte[] {'{', '"', (byte) 0xE9, '"', '}'});
        Path baseline = repo.resolve("baseline.json");
        Cli.Result r = Cli.run("baseline", "write", "--output", baseline.toString(), repo.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("latin1.json: error: is not valid UTF-8"), r.err());
        assertTrue(r.err().contains("baseline not written"), r.err());
        assertFalse(Files.exists(baseline));
        assertEquals(2, Cli.run("baseline", "write", repo.toString()).exitCode(), "--output is required");
    }
}
