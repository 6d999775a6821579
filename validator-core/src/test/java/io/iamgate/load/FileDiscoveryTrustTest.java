package io.iamgate.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.Iamgate;
import io.iamgate.config.RunConfig;
import io.iamgate.report.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files outside the repository root are not read unless the invoker names them: a symbolic link is judged by its
 * real path. Each refusal beside its twin, through a whole run as a front end starts it.
 */
class FileDiscoveryTrustTest {

    private static final String ADMIN = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
            """;

    @TempDir
    Path repo;

    @TempDir
    Path outside;

    private RunReport validate(Path... paths) throws Exception {
        return Iamgate.validate(RunConfig.defaults(repo, List.of(paths)));
    }

    private static List<String> files(RunReport report) {
        return report.policies().stream().map(p -> p.unit().file()).toList();
    }

    @Test
    void symlinkToFileOutsideRootIsRefused() throws Exception {
        Files.writeString(outside.resolve("secret.json"), ADMIN);
        Files.createDirectories(repo.resolve("policies"));
        Files.createSymbolicLink(repo.resolve("policies/linked.json"), outside.resolve("secret.json"));

        RunReport report = validate(Path.of("."));

        assertEquals(2, report.exitCode());
        assertEquals(List.of(), files(report));
        assertEquals("policies/linked.json", report.errors().get(0).file());
        assertEquals(FileDiscovery.OUTSIDE_ROOT, report.errors().get(0).message());
    }

    @Test
    void symlinkInsideRootIsFollowed() throws Exception {
        Files.createDirectories(repo.resolve("policies"));
        Files.writeString(repo.resolve("policies/admin.json"), ADMIN);
        Files.createSymbolicLink(repo.resolve("policies/alias.json"), Path.of("admin.json"));

        RunReport report = validate(Path.of("."));

        assertEquals(List.of(), report.errors());
        assertEquals(List.of("policies/admin.json", "policies/alias.json"), files(report));
    }

    @Test
    void pathWrittenInsideRootThatLeadsOutIsRefused() throws Exception {
        Files.writeString(outside.resolve("secret.json"), ADMIN);
        Files.createSymbolicLink(repo.resolve("linked.json"), outside.resolve("secret.json"));
        Files.createSymbolicLink(repo.resolve("linked-dir"), outside);

        RunReport report = validate(Path.of("linked.json"), Path.of("linked-dir"));

        assertEquals(2, report.exitCode());
        assertEquals(List.of(), files(report));
        assertEquals(
                List.of("linked.json", "linked-dir"),
                report.errors().stream().map(e -> e.file()).toList());
    }

    @Test
    void invokerNamedAbsoluteFileIsRead() throws Exception {
        Files.writeString(outside.resolve("admin.json"), ADMIN);
        Files.createDirectories(outside.resolve("more"));
        Files.writeString(outside.resolve("more/other.json"), ADMIN);
        // Links below a directory the invoker named outside the root are held to that directory.
        Files.createSymbolicLink(outside.resolve("more/alias.json"), outside.resolve("more/other.json"));

        RunReport report = validate(outside.resolve("admin.json"), outside.resolve("more"));

        assertEquals(List.of(), report.errors());
        assertEquals(
                List.of(
                        outside.resolve("admin.json").toString(),
                        outside.resolve("more/alias.json").toString(),
                        outside.resolve("more/other.json").toString()),
                files(report));
    }

    @Test
    void symlinkOutOfAnInvokerNamedDirectoryIsRefused() throws Exception {
        Files.createDirectories(outside.resolve("named"));
        Files.writeString(outside.resolve("elsewhere.json"), ADMIN);
        Files.createSymbolicLink(outside.resolve("named/elsewhere.json"), outside.resolve("elsewhere.json"));
        Files.writeString(repo.resolve("in-repo.json"), ADMIN);
        Files.createSymbolicLink(outside.resolve("named/in-repo.json"), repo.resolve("in-repo.json"));

        RunReport report = validate(outside.resolve("named"));

        assertEquals(2, report.exitCode());
        assertEquals(
                List.of(outside.resolve("named/elsewhere.json").toString()),
                report.errors().stream().map(e -> e.file()).toList());
        assertEquals(List.of(outside.resolve("named/in-repo.json").toString()), files(report));
    }

    @Test
    void aMissingPathJudgedByItsNearestExistingAncestor() throws Exception {
        Files.createSymbolicLink(repo.resolve("linked-dir"), outside);
        RepositoryRoot root = RepositoryRoot.of(repo);
        assertFalse(root.contains(Path.of("linked-dir/not-yet/x.json")));
        assertTrue(root.contains(Path.of("not-yet/../x.json")));
        assertFalse(root.contains(Path.of("not-yet/../../x.json")));
    }
}
