package io.iamgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iamgate diff --base REF}: exit codes, formats and configuration, in a git repository the test makes. */
class DiffCommandTest {

    @TempDir
    Path repo;

    private static final String READ = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::data/*"}
              ]
            }
            """;

    private static final String ADMIN = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::data/*"},
                {"Sid": "All", "Effect": "Allow", "Action": "iam:*", "Resource": "*"}
              ]
            }
            """;

    @BeforeEach
    void baseCommit() throws Exception {
        Files.createDirectories(repo.resolve("policies"));
        Files.writeString(repo.resolve("policies/app.json"), READ);
        git("init", "-q");
        git("add", "-A");
        git("commit", "-qm", "base");
    }

    private Cli.Result diff(String... args) {
        List<String> all = new ArrayList<>(List.of("diff", "--base", "main"));
        all.addAll(List.of(args));
        return Cli.process(repo, Map.of(), "256m", 120, all.toArray(String[]::new));
    }

    @Test
    void nothingAddedPassesAndAddedAdministratorAccessBlocksAtItsLine() throws Exception {
        Cli.Result same = diff();
        assertEquals(0, same.exitCode(), same.all());
        assertTrue(same.out().contains("iamgate diff against main"), same.out());

        Files.writeString(repo.resolve("policies/app.json"), ADMIN);
        Cli.Result added = diff("--format", "sarif");
        assertEquals(1, added.exitCode(), added.all());
        JsonNode results = new ObjectMapper().readTree(added.out()).at("/runs/0/results");
        JsonNode admin = null;
        for (JsonNode r : results) {
            if (r.get("ruleId").asText().equals("IAMGATE_DIFF_NEW_ADMINISTRATOR")) {
                admin = r;
            }
        }
        assertTrue(admin != null, results.toString());
        assertEquals(
                5, admin.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(
                "policies/app.json",
                admin.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    }

    @Test
    void jsonHasAddedRemovedPrincipalsAndTrust() throws Exception {
        Files.writeString(repo.resolve("policies/app.json"), ADMIN.replace("s3:GetObject", "s3:PutObject"));
        Cli.Result r = diff("--format", "json");
        assertEquals(1, r.exitCode(), r.all());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("main", json.at("/base/ref").asText());
        assertEquals(2, json.get("added").size(), json.toString());
        assertEquals("s3:PutObject", json.at("/added/0/actions/0").asText());
        assertEquals(4, json.at("/added/0/line").asInt());
        assertEquals("s3:GetObject", json.at("/removed/0/actions/0").asText());
        assertTrue(json.at("/principals/new").isArray() && json.get("trust").isArray());
        assertEquals("administrator", json.at("/blocking/0/category").asText());
    }

    @Test
    void markdownEncodesTheRepositorysStrings() throws Exception {
        String tagged = READ.replace(
                "\"Resource\": \"arn:aws:s3:::data/*\"",
                "\"Resource\": \"arn:aws:s3:::data/*\", "
                        + "\"Condition\": {\"StringEquals\": {\"aws:PrincipalTag/team\": \"TEAM\"}}");
        Files.writeString(repo.resolve("policies/app.json"), tagged.replace("TEAM", "ops"));
        git("commit", "-qam", "team ops");
        Files.writeString(repo.resolve("policies/app.json"), tagged.replace("TEAM", "`x` | <img src=y>"));
        Cli.Result r = diff("--format", "markdown");
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.out().contains("**Does not block:**"), r.out());
        assertTrue(
                r.out()
                        .contains("| + added | `s3:GetObject` | `arn:aws:s3:::data/*` | "
                                + "``StringEquals aws:principaltag/team=`x` \\| <img src=y>`` | 4 |"),
                r.out());
        assertTrue(
                r.out()
                        .contains("| − removed | `s3:GetObject` | `arn:aws:s3:::data/*` | "
                                + "`StringEquals aws:principaltag/team=ops` |  |"),
                r.out());
    }

    @Test
    void aRevisionThatDoesNotExistIsExitCodeTwo() {
        Cli.Result r = Cli.process(repo, Map.of(), "256m", 120, "diff", "--base", "nope");
        assertEquals(2, r.exitCode(), r.all());
        assertTrue(r.err().contains("--base nope: no such commit"), r.err());
    }

    @Test
    void theDiffSectionOfTheConfigurationIsCheckedAndApplied() throws Exception {
        Files.writeString(repo.resolve(".iamgate.yml"), "diff:\n  block: [administrator, escalatoin]\n");
        Cli.Result bad = diff();
        assertEquals(2, bad.exitCode(), bad.all());
        assertTrue(
                bad.err()
                        .contains(".iamgate.yml:2: diff.block: unknown category 'escalatoin' (did you mean "
                                + "'escalation'?)"),
                bad.err());

        Files.writeString(repo.resolve(".iamgate.yml"), "diff:\n  block: []\n  blockAccessLevels: [Write]\n");
        Files.writeString(repo.resolve("policies/app.json"), READ.replace("s3:GetObject", "s3:PutObject"));
        Cli.Result listed = diff();
        assertEquals(1, listed.exitCode(), listed.all());
        assertTrue(listed.out().contains("BLOCKS (listed-access, line 4)"), listed.out());
    }

    private void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "git",
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@example.com",
                "-c",
                "commit.gpgsign=false",
                "-c",
                "init.defaultBranch=main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .directory(repo.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
    }
}
