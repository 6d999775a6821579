package io.iamgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --rego, --opa-url and --no-builtin-rules reach the core. */
class RegoFlagsTest {

    @TempDir
    Path dir;

    private Path adminPolicy() throws Exception {
        Path p = dir.resolve("admin.json");
        Files.writeString(p, """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
                """);
        return p;
    }

    private static JsonNode codes(CliRunner r) throws Exception {
        return new ObjectMapper().readTree(r.out()).path("policies").path(0).path("findings");
    }

    @Test
    void builtinRulesRunByDefaultAndCanBeTurnedOff() throws Exception {
        Path policy = adminPolicy();
        CliRunner on = CliRunner.run("validate", "--format", "json", policy.toString());
        assertEquals(1, on.exitCode(), on.out() + on.err());
        boolean found = false;
        for (JsonNode f : codes(on)) {
            if (f.path("issueCode").asText().equals("IAMGATE_ADMIN_WILDCARD")) {
                found = true;
                assertEquals("rego", f.path("analyzer").asText(), f.toString());
            }
        }
        assertTrue(found, on.out());
        CliRunner off = CliRunner.run("validate", "--format", "json", "--no-builtin-rules", policy.toString());
        assertFalse(off.out().contains("IAMGATE_ADMIN_WILDCARD"), off.out());
    }

    @Test
    void unreachableOpaServerExitsTwoSayingWhatToDo() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        CliRunner r = CliRunner.run(
                "validate",
                "--no-builtin-rules",
                "--opa-url",
                "http://127.0.0.1:" + port,
                adminPolicy().toString());
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertTrue((r.out() + r.err()).contains("--opa-url"), r.out() + r.err());
    }

    @Test
    void opaUrlMustBeHttp() throws Exception {
        CliRunner r =
                CliRunner.run("validate", "--opa-url", "ftp://x", adminPolicy().toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--opa-url"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }
}
