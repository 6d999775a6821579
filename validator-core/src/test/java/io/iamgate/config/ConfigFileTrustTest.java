package io.iamgate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's .iamgate.yml says what to check; it does not choose network destinations (unless the invoker
 * allows it) and names no file outside the repository root, symbolic links resolved. Each refusal beside its twin.
 */
class ConfigFileTrustTest {

    @TempDir
    Path repo;

    @TempDir
    Path outside;

    private RunConfig parse(String yaml, boolean allowEndpoints) throws ConfigException {
        return ConfigFile.parse(yaml, ".iamgate.yml", repo, RunConfig.builder(repo), allowEndpoints);
    }

    private String refusal(String yaml) {
        return assertThrows(ConfigException.class, () -> parse(yaml, false)).getMessage();
    }

    @Test
    void configEndpointIsRefusedUnlessInvokerAllowsIt() throws Exception {
        assertEquals(
                ".iamgate.yml:2: aws.endpoint: a network destination is chosen by whoever runs iamgate, not by "
                        + "the repository's configuration: pass --aws-endpoint URL instead, or --allow-config-endpoints "
                        + "(IAMGATE_ALLOW_CONFIG_ENDPOINTS=true) to accept the file's",
                refusal("aws:\n  endpoint: https://collector.example\n"));
        assertEquals(
                ".iamgate.yml:1: rego.opaUrl: a network destination is chosen by whoever runs iamgate, not by "
                        + "the repository's configuration: pass --opa-url URL instead, or --allow-config-endpoints "
                        + "(IAMGATE_ALLOW_CONFIG_ENDPOINTS=true) to accept the file's",
                refusal("rego: {opaUrl: 'http://collector.example:8181'}\n"));
    }

    @Test
    void configEndpointIsReadWhenTheInvokerAllowsIt() throws Exception {
        RunConfig c = parse("aws:\n  endpoint: http://localhost:4566\nrego:\n  opaUrl: http://localhost:8181\n", true);
        assertEquals(Optional.of(URI.create("http://localhost:4566")), c.aws().endpoint());
        assertEquals(Optional.of(URI.create("http://localhost:8181")), c.rego().opaUrl());
    }

    @Test
    void onlyTheInvokersEnvironmentVariableSetToTrueAllowsThem() {
        assertEquals(true, ConfigFile.endpointsAllowedBy(java.util.Map.of(ConfigFile.ALLOW_ENDPOINTS_ENV, "true")));
        assertEquals(false, ConfigFile.endpointsAllowedBy(java.util.Map.of(ConfigFile.ALLOW_ENDPOINTS_ENV, "1")));
        assertEquals(false, ConfigFile.endpointsAllowedBy(java.util.Map.of()));
    }

    @Test
    void configPathOutsideRootIsRefused() throws Exception {
        Files.createSymbolicLink(repo.resolve("linked"), outside);
        String notice = "is outside the repository root (symbolic links resolved); the repository's configuration "
                + "may only name files inside it: name a file outside on the command line instead";
        assertEquals(".iamgate.yml:1: paths: '" + outside + "' " + notice, refusal("paths: ['" + outside + "']\n"));
        assertEquals(".iamgate.yml:1: paths: '../x' " + notice, refusal("paths: [policies, ../x]\n"));
        assertEquals(".iamgate.yml:1: paths: 'linked' " + notice, refusal("paths: [linked]\n"));
        assertEquals(".iamgate.yml:1: baseline: 'linked/b.json' " + notice, refusal("baseline: linked/b.json\n"));
        assertEquals(".iamgate.yml:1: rego.packs: '/etc' " + notice, refusal("rego: {packs: [/etc]}\n"));
        assertEquals(
                ".iamgate.yml:3: customChecks.noNewAccess.reference: '/etc/passwd' " + notice,
                refusal("customChecks:\n  noNewAccess:\n    reference: /etc/passwd\n"));
        assertEquals(
                ".iamgate.yml:3: customChecks.noNewAccess.baselineDirectory: '../..' " + notice,
                refusal("customChecks:\n  noNewAccess:\n    baselineDirectory: ../..\n"));
    }

    @Test
    void configPathInsideRootIsReadEvenThroughALinkThatStaysInside() throws Exception {
        Files.createDirectories(repo.resolve("policies"));
        Files.createSymbolicLink(repo.resolve("current"), repo.resolve("policies"));
        RunConfig c = parse(
                "paths: [current, " + repo.resolve("policies") + ", sub/../policies]\n"
                        + "customChecks:\n  noNewAccess:\n    reference: reference/max.json\n",
                false);
        assertEquals(List.of(repo.resolve("current"), repo.resolve("policies"), repo.resolve("policies")), c.paths());
        assertEquals(
                Optional.of(repo.resolve("reference/max.json")),
                c.aws().customChecks().noNewAccessReference());
    }

    @Test
    void configFileLinkedOutsideRootIsNotRead() throws Exception {
        Files.writeString(outside.resolve("secret.yml"), "token: ghp_0123456789abcdefghijklmnopqrstuvwxyzAB\n");
        Files.createSymbolicLink(repo.resolve(ConfigFile.DEFAULT_NAME), outside.resolve("secret.yml"));
        assertEquals(
                ".iamgate.yml: leads outside the repository root through a symbolic link, so iamgate does not "
                        + "read it; replace the link with the file, or pass --config with a path outside",
                assertThrows(ConfigException.class, () -> ConfigFile.load(repo, Optional.empty()))
                        .getMessage());
    }

    @Test
    void configFileTheInvokerNamesOutsideRootIsReadAndItsPathsAreTheRepositorys() throws Exception {
        // As the action's config-source: base passes a copy of the base commit's file from a temporary directory.
        Path copy = Files.writeString(outside.resolve("base.iamgate.yml"), "paths: [policies]\nbaseline: b.json\n");
        RunConfig c = ConfigFile.load(repo, Optional.of(copy));
        assertEquals(List.of(repo.resolve("policies")), c.paths());
        assertEquals(Optional.of(repo.resolve("b.json")), c.baseline());
    }
}
