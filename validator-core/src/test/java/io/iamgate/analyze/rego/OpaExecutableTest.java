package io.iamgate.analyze.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.Iamgate;
import io.iamgate.Validator;
import io.iamgate.config.ConfigFile;
import io.iamgate.config.RunConfig;
import io.iamgate.extract.RawPolicyExtractor;
import io.iamgate.report.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which opa runs the user rule packs: only ever one the invoker chose, never one from the repository. */
class OpaExecutableTest {

    @TempDir
    Path repo;

    @TempDir
    Path invokerTools;

    /** An executable called opa that leaves a mark when it runs, as a pull request could commit one. */
    private static Path fakeOpa(Path dir, Path mark) throws Exception {
        Files.createDirectories(dir);
        Path opa = dir.resolve("opa");
        Files.writeString(opa, "#!/bin/sh\necho ran > '" + mark + "'\nexit 1\n");
        assertTrue(opa.toFile().setExecutable(true));
        return opa;
    }

    @Test
    void userPackNeverRunsOpaFromTheRepository() throws Exception {
        Path mark = repo.resolve("opa-ran");
        fakeOpa(repo.resolve(".tools/bin"), mark);
        fakeOpa(repo, mark);
        Files.createDirectories(repo.resolve("rules"));
        Files.writeString(repo.resolve("rules/deny.rego"), """
                package main
                deny contains "everything" if { input.Statement[_].Action == "*" }
                """);
        Files.writeString(repo.resolve(".iamgate.yml"), "rego:\n  packs: [rules]\n");
        Files.writeString(repo.resolve("app.json"), """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
                """);
        // A PATH without opa, but with a relative entry that leads to the repository's copy from this process.
        String relative = Path.of("")
                .toAbsolutePath()
                .relativize(repo.resolve(".tools/bin"))
                .toString();
        Optional<OpaExecutable> opa = OpaExecutable.locate(Optional.empty(), Map.of("PATH", relative + ":"));
        assertEquals(Optional.empty(), opa);

        RunConfig config = ConfigFile.load(repo, Optional.empty());
        RunReport report = new Validator(
                        List.of(new RawPolicyExtractor()),
                        List.of(),
                        RegoAnalyzers.repositoryAnalyzers(config.rego(), Optional.empty(), repo, opa),
                        Iamgate.toolInfo())
                .run(config);

        assertEquals(2, report.exitCode());
        String message = report.errors().get(0).message();
        assertTrue(
                message.contains("needs Open Policy Agent, and no opa binary was given (--opa, IAMGATE_OPA) or "
                        + "found on PATH"),
                message);
        assertFalse(Files.exists(mark), "the repository's opa ran");
    }

    @Test
    void opaOnTheInvokersPathIsUsed() throws Exception {
        Path onPath = fakeOpa(invokerTools, invokerTools.resolve("mark"));
        assertEquals(
                Optional.of(new OpaExecutable(onPath)),
                OpaExecutable.locate(Optional.empty(), Map.of("PATH", repo + ":" + invokerTools)));
    }

    @Test
    void opaNamedByTheInvokerWinsOverPath() throws Exception {
        Path onPath = fakeOpa(invokerTools.resolve("path"), invokerTools.resolve("mark"));
        Path named = fakeOpa(invokerTools.resolve("named"), invokerTools.resolve("mark"));
        Map<String, String> env = Map.of("PATH", onPath.getParent().toString(), OpaExecutable.ENV, named.toString());

        assertEquals(Optional.of(new OpaExecutable(named)), OpaExecutable.locate(Optional.empty(), env));
        assertEquals(Optional.of(new OpaExecutable(onPath)), OpaExecutable.locate(Optional.of(onPath), env));
    }
}
