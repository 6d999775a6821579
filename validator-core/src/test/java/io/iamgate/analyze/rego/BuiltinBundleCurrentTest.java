package io.iamgate.analyze.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The wasm in the jar was compiled from the Rego sources in policies/, as they are now. */
class BuiltinBundleCurrentTest {

    private static final Path POLICIES =
            Path.of("..", "policies").toAbsolutePath().normalize();

    @Test
    void manifestDigestMatchesTheSources() throws Exception {
        // Same listing as scripts/build-rego-bundle: `sha256sum` of each non-test .rego, paths relative to
        // policies/, sorted bytewise, then the sha256 of that listing.
        List<String> paths;
        try (Stream<Path> files = Files.walk(POLICIES)) {
            paths = files.filter(Files::isRegularFile)
                    .map(p -> POLICIES.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".rego") && !p.endsWith("_test.rego"))
                    .sorted()
                    .toList();
        }
        assertFalse(paths.isEmpty(), "no Rego sources under " + POLICIES);
        StringBuilder listing = new StringBuilder();
        for (String p : paths) {
            listing.append(sha256(Files.readAllBytes(POLICIES.resolve(p))))
                    .append("  ")
                    .append(p)
                    .append('\n');
        }
        JsonNode manifest = new ObjectMapper().readTree(resource("builtin-policy.manifest.json"));
        assertEquals(
                manifest.path("sourcesSha256").asText(),
                sha256(listing.toString().getBytes(StandardCharsets.UTF_8)),
                "builtin-policy.wasm is stale: policies/ changed since it was compiled; run scripts/build-rego-bundle");
        assertEquals(
                manifest.path("wasmSha256").asText(),
                sha256(resource("builtin-policy.wasm")),
                "builtin-policy.wasm does not match its manifest; run scripts/build-rego-bundle");
    }

    /** As shipped in the jar: the classpath copy, next to the classes that use it. */
    private static byte[] resource(String name) throws Exception {
        try (InputStream in = BuiltinRegoPack.class.getResourceAsStream(name)) {
            assertNotNull(in, name + " is missing from the classpath; run scripts/build-rego-bundle");
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
