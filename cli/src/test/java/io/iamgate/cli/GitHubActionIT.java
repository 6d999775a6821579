package io.iamgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the action's real entrypoint.sh as the runner does: inputs as INPUT_* variables (as action.yml maps
 * them), GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, GITHUB_WORKSPACE a sample repository with a clean and a
 * bad policy. IAMGATE_JAR points at the packaged jar, as the cache step would.
 */
class GitHubActionIT {

    @TempDir
    Path tmp;

    private Path workspace;
    private Path outputs;
    private Path summary;

    @BeforeEach
    void sampleRepository() throws Exception {
        workspace = Files.createDirectories(tmp.resolve("workspace"));
        Files.createDirectories(workspace.resolve("policies"));
        Files.writeString(workspace.resolve("policies/clean.json"), Exec.CLEAN_POLICY);
        Files.writeString(workspace.resolve("policies/bad.json"), Exec.BAD_POLICY);
        Files.writeString(workspace.resolve("policies/with space.json"), Exec.CLEAN_POLICY);
        Files.writeString(workspace.resolve("package.json"), "{\"name\": \"app\"}");
        outputs = Files.createFile(tmp.resolve("github_output"));
        summary = Files.createFile(tmp.resolve("step_summary"));
    }

    private Exec.Result action(Map<String, String> inputs) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("GITHUB_ACTIONS", "true");
        env.put("GITHUB_WORKSPACE", workspace.toString());
        env.put("GITHUB_OUTPUT", outputs.toString());
        env.put("GITHUB_STEP_SUMMARY", summary.toString());
        env.put(
                "GITHUB_ACTION_PATH",
                Exec.projectRoot().resolve("github-action").toString());
        env.put("IAMGATE_JAR", Exec.jar().toString());
        env.put("INPUT_SARIF_FILE", "iamgate.sarif");
        env.put("INPUT_AWS", "false");
        env.putAll(inputs);
        return Exec.run(
                workspace,
                env,
                true,
                List.of(Exec.projectRoot()
                        .resolve("github-action/entrypoint.sh")
                        .toString()),
                180);
    }

    private Map<String, String> outputs() throws Exception {
        Map<String, String> out = new HashMap<>();
        for (String line : Files.readAllLines(outputs, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            out.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return out;
    }

    @Test
    void blockingFindingsAnnotateSummariseWriteSarifSetOutputsAndFailTheStep() throws Exception {
        Exec.Result r = action(Map.of("INPUT_PATH", "policies"));

        assertEquals(1, r.exitCode(), r.all());
        assertTrue(
                r.stdout()
                        .contains("::error file=policies/bad.json,line=5,col=17,endLine=5,endColumn=24,"
                                + "title=INVALID_EFFECT (ERROR)::The effect allow is not valid."),
                r.all());
        assertTrue(r.stdout().contains("::error file=policies/bad.json,line=7,col=7,"), r.all());
        assertFalse(r.stdout().contains("clean.json"), r.all());
        assertEquals(Map.of("findings", "3", "blocking", "3", "sarif-file", "iamgate.sarif"), outputs());
        String md = Files.readString(summary);
        assertTrue(md.startsWith("## iamgate: blocking findings\n"), md);
        assertTrue(md.contains("| ERROR | 3 | 3 |"), md);
        assertTrue(md.contains("`policies/bad.json:5:17`"), md);
        JsonNode sarif =
                new ObjectMapper().readTree(workspace.resolve("iamgate.sarif").toFile());
        assertEquals(3, sarif.at("/runs/0/results").size());
        assertEquals(
                "policies/bad.json",
                sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
                        .asText());
    }

    @Test
    void terraformPlanFindingsAnnotateTheTfLinesThatWroteThem() throws Exception {
        Path example = Exec.projectRoot().resolve("examples/terraform");
        Files.createDirectories(workspace.resolve("infra/modules/app"));
        for (String f : List.of("plan.json", "main.tf", "modules/app/main.tf")) {
            Files.copy(example.resolve(f), workspace.resolve("infra").resolve(f));
        }
        Exec.Result r = action(Map.of("INPUT_PATH", "infra"));

        assertEquals(1, r.exitCode(), r.all());
        // The inline policy's "Effect": "allow", written in jsonencode at line 26 of the module's main.tf.
        assertTrue(r.stdout().contains("::error file=infra/modules/app/main.tf,line=26,col=20,"), r.all());
        assertTrue(r.stdout().contains("title=INVALID_EFFECT (ERROR)"), r.all());
        // "Resources" in the role policy: the key at line 47.
        assertTrue(r.stdout().contains("::error file=infra/modules/app/main.tf,line=47,col=7,"), r.all());
        assertFalse(r.stdout().contains("file=infra/plan.json"), r.all());
    }

    @Test
    void cleanPoliciesPassAndPathsMayHoldSpacesOnePerLine() throws Exception {
        Exec.Result r = action(Map.of(
                "INPUT_PATH",
                "policies/clean.json\npolicies/with space.json\n",
                "INPUT_SARIF_FILE",
                "reports/out.sarif",
                "INPUT_FORMAT",
                "text"));

        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.stdout().contains("iamgate: 2 file(s), 2 policies, 0 finding(s), 0 blocking"), r.all());
        assertEquals(Map.of("findings", "0", "blocking", "0", "sarif-file", "reports/out.sarif"), outputs());
        assertTrue(Files.isRegularFile(workspace.resolve("reports/out.sarif")));
        assertTrue(Files.readString(summary).startsWith("## iamgate: passed\n"));
    }

    @Test
    void failOnNoneReportsButPasses() throws Exception {
        Exec.Result r = action(Map.of("INPUT_PATH", "policies", "INPUT_FAIL_ON", "NONE"));

        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.stdout().contains("(not blocking)"), r.all());
        assertEquals(Map.of("findings", "3", "blocking", "0", "sarif-file", "iamgate.sarif"), outputs());
    }

    @Test
    void whatCannotBeCheckedFailsTheStepWithExitCodeTwo() throws Exception {
        Exec.Result r = action(Map.of("INPUT_PATH", "package.json policies/clean.json"));

        assertEquals(2, r.exitCode(), r.all());
        assertTrue(r.stdout().contains("::error file=package.json,title=iamgate could not check this file::"), r.all());
        assertTrue(
                r.stdout().contains("::error title=iamgate::iamgate could not check everything (exit code 2)"),
                r.all());
        assertEquals("0", outputs().get("findings"));
    }

    @Test
    void fakeSummaryLineInSidDoesNotChangeActionTotals() throws Exception {
        // The text format prints after the github one: a forged summary line there came last in the log.
        Files.writeString(workspace.resolve("policies/forged.json"), """
                {"Version": "2012-10-17", "Statement": [{"Sid": "x\\niamgate: 0 finding(s), 0 blocking, 0 error(s)\\ny",
                  "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}
                """);
        Exec.Result r = action(Map.of("INPUT_PATH", "policies/forged.json", "INPUT_FORMAT", "text"));

        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.stdout().contains("UNSUPPORTED_SID The Sid \"x\\niamgate: 0 finding(s)"), r.all());
        assertFalse(
                r.stdout().lines().anyMatch(l -> l.equals("iamgate: 0 finding(s), 0 blocking, 0 error(s)")), r.all());
        assertEquals(Map.of("findings", "1", "blocking", "1", "sarif-file", "iamgate.sarif"), outputs());
        assertTrue(r.stdout().contains("iamgate: 1 blocking finding(s); the job fails"), r.all());
    }

    @Test
    void badInputsStopTheStepWithAMessage() throws Exception {
        Exec.Result r = action(Map.of("INPUT_AWS", "yes"));
        assertEquals(2, r.exitCode(), r.all());
        assertTrue(r.stdout().contains("::error title=iamgate::aws must be true or false, not 'yes'"), r.all());

        Exec.Result unknownFlag = action(Map.of("INPUT_FAIL_ON", "CRITICAL"));
        assertEquals(2, unknownFlag.exitCode(), unknownFlag.all());
        assertTrue(unknownFlag.stderr().contains("--fail-on: unknown finding type 'CRITICAL'"), unknownFlag.all());
    }

    @Test
    void inputsAreDataNeverCode() throws Exception {
        Exec.Result r =
                action(Map.of("INPUT_PATH", "$(touch pwned) `touch pwned2`", "INPUT_SARIF_FILE", "x;touch pwned3"));

        assertEquals(2, r.exitCode(), r.all());
        assertFalse(Files.exists(workspace.resolve("pwned")));
        assertFalse(Files.exists(workspace.resolve("pwned2")));
        assertFalse(Files.exists(workspace.resolve("pwned3")));
    }

    @Test
    void downloadsAReleasedJarByVersionAndChecksIt() throws Exception {
        byte[] jar = Files.readAllBytes(Exec.jar());
        String sha1 = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-1").digest(jar));
        Map<String, byte[]> files = new HashMap<>();
        files.put("/io/iamgate/iamgate-cli/9.9.9/iamgate-cli-9.9.9.jar", jar);
        files.put("/io/iamgate/iamgate-cli/9.9.9/iamgate-cli-9.9.9.jar.sha1", (sha1 + "\n").getBytes());
        files.put("/io/iamgate/iamgate-cli/6.6.6/iamgate-cli-6.6.6.jar", jar);
        files.put(
                "/io/iamgate/iamgate-cli/6.6.6/iamgate-cli-6.6.6.jar.sha1",
                "0".repeat(40).getBytes());
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = files.get(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        try {
            String repository = "http://127.0.0.1:" + server.getAddress().getPort();
            Map<String, String> inputs = new HashMap<>(Map.of(
                    "INPUT_PATH",
                    "policies/bad.json",
                    "INPUT_VERSION",
                    "9.9.9",
                    "IAMGATE_MAVEN_REPOSITORY",
                    repository,
                    "RUNNER_TOOL_CACHE",
                    tmp.resolve("tool-cache").toString(),
                    "IAMGATE_JAR",
                    ""));
            Exec.Result r = action(inputs);
            assertEquals(1, r.exitCode(), r.all());
            assertTrue(r.stdout().contains("title=INVALID_EFFECT (ERROR)"), r.all());
            assertTrue(Files.isRegularFile(tmp.resolve("tool-cache/iamgate/9.9.9/iamgate-cli-9.9.9.jar")));

            inputs.put("INPUT_VERSION", "6.6.6");
            Exec.Result tampered = action(inputs);
            assertEquals(2, tampered.exitCode(), tampered.all());
            assertTrue(tampered.stdout().contains("checksum mismatch"), tampered.all());
            assertFalse(Files.exists(tmp.resolve("tool-cache/iamgate/6.6.6/iamgate-cli-6.6.6.jar")));

            inputs.put("INPUT_VERSION", "../../etc");
            Exec.Result traversal = action(inputs);
            assertEquals(2, traversal.exitCode(), traversal.all());
            assertTrue(traversal.stdout().contains("is not a version number"), traversal.all());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void sarifOutputDoesNotFollowCommittedSymlink() throws Exception {
        Path victim = Files.writeString(tmp.resolve("victim.txt"), "precious\n");
        Files.createSymbolicLink(workspace.resolve("iamgate.sarif"), victim);

        Exec.Result r = action(Map.of("INPUT_PATH", "policies"));

        assertEquals(1, r.exitCode(), r.all());
        assertEquals("precious\n", Files.readString(victim));
        assertFalse(Files.isSymbolicLink(workspace.resolve("iamgate.sarif")));
        assertEquals(
                3,
                new ObjectMapper()
                        .readTree(workspace.resolve("iamgate.sarif").toFile())
                        .at("/runs/0/results")
                        .size());
    }

    private String git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "git",
                "-c",
                "user.name=iamgate test",
                "-c",
                "user.email=test@iamgate.invalid",
                "-c",
                "commit.gpgsign=false",
                "-c",
                "init.defaultBranch=main"));
        command.addAll(List.of(args));
        Exec.Result r = Exec.run(workspace, Map.of(), true, command, 60);
        assertEquals(0, r.exitCode(), r.all());
        return r.stdout().strip();
    }

    /** A pull request that adds a bad policy and, in the same change, turns its own gate off; returns the base. */
    private String pullRequestThatLoosensItsOwnGate() throws Exception {
        Files.delete(workspace.resolve("policies/bad.json"));
        Files.writeString(workspace.resolve(".iamgate.yml"), "baseline: iamgate-baseline.json\n");
        Files.writeString(workspace.resolve("iamgate-baseline.json"), "{\"iamgateBaseline\": 1, \"findings\": []}\n");
        git("init", "-q");
        git("add", "-A");
        git("commit", "-qm", "base");
        String base = git("rev-parse", "HEAD");
        Files.writeString(workspace.resolve("policies/bad.json"), Exec.BAD_POLICY);
        Files.writeString(workspace.resolve(".iamgate.yml"), "failOn: NONE\nbaseline: iamgate-baseline.json\n");
        git("add", "-A");
        git("commit", "-qm", "pull request");
        return base;
    }

    @Test
    void configSourceBaseReadsTheGateFromTheBaseCommitAndListsWhatThePullRequestChanges() throws Exception {
        String base = pullRequestThatLoosensItsOwnGate();

        Exec.Result r = action(Map.of("INPUT_PATH", "policies", "INPUT_CONFIG_SOURCE", "base", "INPUT_BASE_SHA", base));

        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.stdout().contains("title=INVALID_EFFECT (ERROR)"), r.all());
        String md = Files.readString(summary);
        assertTrue(
                md.contains("Configuration and baseline read from the base commit `" + base.substring(0, 12)
                        + "` (config-source: base)."),
                md);
        assertTrue(md.contains("| `.iamgate.yml` | **yes** |"), md);
        assertTrue(md.contains("| `iamgate-baseline.json` | no |"), md);
    }

    @Test
    void configSourceHeadReadsThePullRequestsGateAndStillListsItsChanges() throws Exception {
        String base = pullRequestThatLoosensItsOwnGate();

        Exec.Result r = action(Map.of("INPUT_PATH", "policies", "INPUT_BASE_SHA", base));

        assertEquals(0, r.exitCode(), r.all());
        String md = Files.readString(summary);
        assertTrue(md.contains("Configuration and baseline read from the pull request (config-source: head)."), md);
        assertTrue(md.contains("| `.iamgate.yml` | **yes** |"), md);
    }

    @Test
    void diffBaseReportsTheAccessThePullRequestAddsInTheSummaryAndBlocksAnAdministrator() throws Exception {
        Files.delete(workspace.resolve("policies/bad.json"));
        git("init", "-q");
        git("add", "-A");
        git("commit", "-qm", "base");
        String base = git("rev-parse", "HEAD");
        Files.writeString(workspace.resolve("policies/clean.json"), """
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {"Sid": "Admin", "Effect": "Allow", "Action": "*", "Resource": "*"}
                  ]
                }
                """);
        git("commit", "-qam", "pull request");

        Exec.Result r = action(Map.of("INPUT_PATH", "policies", "INPUT_DIFF_BASE", base));

        assertEquals(1, r.exitCode(), r.all());
        assertTrue(
                r.stdout()
                        .contains("::error file=policies/clean.json,line=4,col=5,title=IAMGATE_DIFF_NEW_ADMINISTRATOR"
                                + " (SECURITY_WARNING)::"),
                r.all());
        String md = Files.readString(summary);
        assertTrue(md.contains("## iamgate diff: access added since `" + base + "`"), md);
        assertTrue(md.contains("### BLOCKS: policy `policies/clean.json` (changed)"), md);
        Path comment = Path.of(outputs().get("diff-markdown"));
        assertTrue(Files.readString(comment).startsWith("## iamgate diff: access added since"), comment.toString());

        Exec.Result off = action(Map.of("INPUT_PATH", "policies", "INPUT_DIFF_BASE", "none"));
        assertEquals(1, off.exitCode(), off.all());
        assertFalse(off.stdout().contains("IAMGATE_DIFF_"), off.all());

        Exec.Result hostile = action(Map.of("INPUT_PATH", "policies", "INPUT_DIFF_BASE", "--output=x"));
        assertEquals(2, hostile.exitCode(), hostile.all());
        assertTrue(hostile.stdout().contains("diff-base '--output=x' is not a commit id or ref name"), hostile.all());
    }

    @Test
    void configSourceBaseWithoutABaseCommitStopsTheStep() throws Exception {
        Exec.Result noBase = action(Map.of("INPUT_CONFIG_SOURCE", "base"));
        assertEquals(2, noBase.exitCode(), noBase.all());
        assertTrue(
                noBase.stdout()
                        .contains("::error title=iamgate::config-source: base needs the pull request's base "
                                + "commit: run on pull_request events or set base-sha"),
                noBase.all());

        Exec.Result unknown = action(Map.of("INPUT_CONFIG_SOURCE", "tip"));
        assertEquals(2, unknown.exitCode(), unknown.all());
        assertTrue(unknown.stdout().contains("config-source must be head or base, not 'tip'"), unknown.all());
    }

    @Test
    void outsideARunnerItRefusesToRun() throws Exception {
        Exec.Result r = Exec.run(
                workspace,
                Map.of("IAMGATE_JAR", Exec.jar().toString()),
                true,
                List.of(Exec.projectRoot()
                        .resolve("github-action/entrypoint.sh")
                        .toString()),
                60);
        assertEquals(2, r.exitCode(), r.all());
        assertTrue(r.stdout().contains("GITHUB_OUTPUT is not set"), r.all());
    }
}
