package io.iamgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hook through the real pre-commit tool: {@code pre-commit try-repo <this repository> iamgate --all-files}
 * in a temporary git repository. try-repo clones this repository's tracked files, so IAMGATE_JAR lends the
 * clone the packaged jar; one test leaves it out, so that the launcher builds the jar in the clone.
 */
class PreCommitHookIT {

    @TempDir
    Path tmp;

    private Path repo;

    @BeforeEach
    void gitRepository() throws Exception {
        repo = Files.createDirectories(tmp.resolve("repo"));
        git("init", "-q");
        git("config", "user.email", "test@example.test");
        git("config", "user.name", "test");
        Files.createDirectories(repo.resolve("iam"));
        Files.writeString(repo.resolve("iam/reader.json"), Exec.CLEAN_POLICY);
        Files.writeString(repo.resolve("package.json"), "{\"name\": \"app\", \"version\": \"1.0.0\"}\n");
        Files.writeString(repo.resolve("README.md"), "not a policy\n");
        git("add", ".");
    }

    private void git(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Exec.Result r = Exec.run(repo, Map.of(), false, command, 60);
        assertEquals(0, r.exitCode(), r.all());
    }

    private Exec.Result tryRepo(boolean lendJar) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("PRE_COMMIT_HOME", tmp.resolve("pre-commit-home").toString());
        env.put("NO_COLOR", "1");
        if (lendJar) {
            env.put("IAMGATE_JAR", Exec.jar().toString());
        }
        return Exec.run(
                repo,
                env,
                true,
                List.of(
                        Exec.tool("pre-commit", "install-pre-commit").toString(),
                        "try-repo",
                        Exec.projectRoot().toString(),
                        "iamgate",
                        "--all-files",
                        "--color",
                        "never"),
                600);
    }

    @Test
    void passesCleanPoliciesAndIgnoresFilesThatHoldNoPolicy() throws Exception {
        Exec.Result r = tryRepo(true);
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(
                r.stdout().contains("iamgate (IAM policy validation)")
                        && r.stdout().contains("Passed"),
                r.all());
    }

    @Test
    void failsABadPolicyAndShowsTheFinding() throws Exception {
        Files.writeString(repo.resolve("iam/deployer.json"), Exec.BAD_POLICY);
        git("add", ".");

        Exec.Result r = tryRepo(true);

        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.stdout().contains("Failed"), r.all());
        assertTrue(r.stdout().contains("- exit code: 1"), r.all());
        assertTrue(
                r.stdout().contains("iam/deployer.json:5:17: ERROR INVALID_EFFECT The effect allow is not valid."),
                r.all());
    }

    @Test
    void failsBrokenJson() throws Exception {
        Files.writeString(repo.resolve("iam/broken.json"), "{\"Statement\": [\n");
        git("add", ".");

        Exec.Result r = tryRepo(true);

        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.stdout().contains("iam/broken.json:") && r.stdout().contains("JSON_SYNTAX_ERROR"), r.all());
    }

    @Test
    void theLauncherBuildsTheJarWhenNoneIsLent() throws Exception {
        Files.writeString(repo.resolve("iam/deployer.json"), Exec.BAD_POLICY);
        git("add", ".");

        Exec.Result r = tryRepo(false);

        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.stdout().contains("iamgate: building the CLI jar"), r.all());
        assertTrue(r.stdout().contains("iam/deployer.json:5:17: ERROR INVALID_EFFECT"), r.all());
    }
}
