package io.iamgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository that tries to make the command line run its code, write outside it or read outside it, run as a
 * separate process in the repository (the working directory), as CI runs it. Each refusal beside its safe twin.
 */
class HostileRepositoryCliTest {

    private static final String ADMIN = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
            """;

    @TempDir
    Path repo;

    @TempDir
    Path outside;

    private Path victim;

    @BeforeEach
    void repositoryWithAPolicy() throws Exception {
        Files.createDirectories(repo.resolve("policies"));
        Files.writeString(repo.resolve("policies/admin.json"), ADMIN);
        victim = Files.writeString(outside.resolve("victim.txt"), "precious\n");
    }

    private Cli.Result iamgate(Map<String, String> env, String... args) {
        return Cli.process(repo, env, "256m", 60, args);
    }

    @Test
    void sarifOutputDoesNotFollowCommittedSymlink() throws Exception {
        Files.createSymbolicLink(repo.resolve("iamgate.sarif"), victim);

        Cli.Result r = iamgate(Map.of(), "validate", "--format", "sarif", "--output", "iamgate.sarif", "policies");

        assertEquals(1, r.exitCode(), r.all());
        assertEquals("precious\n", Files.readString(victim));
        assertFalse(Files.isSymbolicLink(repo.resolve("iamgate.sarif")));
        assertEquals(
                "2.1.0",
                new ObjectMapper()
                        .readTree(repo.resolve("iamgate.sarif").toFile())
                        .path("version")
                        .asText());
    }

    @Test
    void outputDirectoryLinkedOutsideTheRepositoryIsRefused() throws Exception {
        Files.createSymbolicLink(repo.resolve("reports"), outside);

        Cli.Result r =
                iamgate(Map.of(), "validate", "--format", "sarif", "--output", "reports/iamgate.sarif", "policies");

        assertEquals(2, r.exitCode(), r.all());
        assertTrue(r.err().contains("--output reports/iamgate.sarif: " + OutputFile.OUTSIDE_ROOT), r.err());
        assertFalse(Files.exists(outside.resolve("iamgate.sarif")));
    }

    @Test
    void outputTheInvokerNamesOutsideTheRepositoryIsWritten() throws Exception {
        Path sarif = outside.resolve("reports/iamgate.sarif");

        Cli.Result r = iamgate(Map.of(), "validate", "--format", "sarif", "--output", sarif.toString(), "policies");

        assertEquals(1, r.exitCode(), r.all());
        assertTrue(Files.isRegularFile(sarif));
    }

    @Test
    void baselineLinkedOutsideTheRepositoryIsRefusedAndOneNamedOutsideIsRead() throws Exception {
        Path baseline =
                Files.writeString(outside.resolve("baseline.json"), "{\"iamgateBaseline\": 1, \"findings\": []}\n");
        Files.createSymbolicLink(repo.resolve("baseline.json"), baseline);

        Cli.Result linked = iamgate(Map.of(), "validate", "--baseline", "baseline.json", "policies");
        assertEquals(2, linked.exitCode(), linked.all());
        assertTrue(
                linked.err()
                        .contains("--baseline baseline.json: leads outside the repository root through a "
                                + "symbolic link"),
                linked.err());

        Cli.Result named = iamgate(Map.of(), "validate", "--baseline", baseline.toString(), "policies");
        assertEquals(1, named.exitCode(), named.all());
    }

    /** A Rego pack in the repository, enabled by its .iamgate.yml. */
    private void packEnabledByTheRepository() throws Exception {
        Files.createDirectories(repo.resolve("rules"));
        Files.writeString(repo.resolve("rules/deny.rego"), """
                package main
                deny contains "statement grants every action" if { input.Statement[_].Action == "*" }
                """);
        Files.writeString(repo.resolve(".iamgate.yml"), "rego:\n  packs: [rules]\n");
    }

    @Test
    void userPackNeverRunsOpaFromTheRepository() throws Exception {
        Path mark = outside.resolve("repository-opa-ran");
        Files.createDirectories(repo.resolve(".tools/bin"));
        Path fake = Files.writeString(repo.resolve(".tools/bin/opa"), "#!/bin/sh\ntouch '" + mark + "'\nexit 1\n");
        assertTrue(fake.toFile().setExecutable(true));
        packEnabledByTheRepository();

        Cli.Result r = iamgate(Map.of("PATH", "/usr/bin:/bin:.:.tools/bin", "IAMGATE_OPA", ""), "validate", "policies");

        assertEquals(2, r.exitCode(), r.all());
        assertTrue(r.out().contains("no opa binary was given (--opa, IAMGATE_OPA) or found on PATH"), r.all());
        assertFalse(Files.exists(mark), "the repository's opa ran");
    }

    @Test
    void opaTheInvokerNamesRunsTheRepositorysPack() throws Exception {
        packEnabledByTheRepository();
        String opa = Exec.tool("opa", "install-opa").toString();

        Cli.Result flag = iamgate(Map.of("PATH", "/usr/bin:/bin"), "validate", "--opa", opa, "policies");
        assertEquals(1, flag.exitCode(), flag.all());
        assertTrue(flag.out().contains("REGO_MAIN_DENY"), flag.out());

        Cli.Result env = iamgate(Map.of("PATH", "/usr/bin:/bin", "IAMGATE_OPA", opa), "validate", "policies");
        assertTrue(env.out().contains("REGO_MAIN_DENY"), env.all());
    }
}
