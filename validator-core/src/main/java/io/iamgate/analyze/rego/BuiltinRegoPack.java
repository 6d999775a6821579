package io.iamgate.analyze.rego;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The built-in rule pack as shipped in the jar: {@code policies/} compiled to wasm by scripts/build-rego-bundle,
 * and its manifest (OPA version, digest of the sources it was built from).
 */
public record BuiltinRegoPack(byte[] wasm, JsonNode manifest) {

    public static final String FINDINGS = "iamgate/findings";
    public static final String REPOSITORY_FINDINGS = "iamgate/repository_findings";
    public static final String RULES = "iamgate/rules";

    static final String WASM_RESOURCE = "builtin-policy.wasm";
    static final String MANIFEST_RESOURCE = "builtin-policy.manifest.json";

    /** Reads the pack from the classpath; a jar without it is broken, not a user error. */
    public static BuiltinRegoPack load() {
        try {
            byte[] wasm = resource(WASM_RESOURCE);
            JsonNode manifest = new ObjectMapper().readTree(resource(MANIFEST_RESOURCE));
            return new BuiltinRegoPack(wasm, manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in Rego pack could not be read from the jar", e);
        }
    }

    public String opaVersion() {
        return manifest.path("opaVersion").asText();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BuiltinRegoPack.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the classpath; rebuild with scripts/build-rego-bundle");
            }
            return in.readAllBytes();
        }
    }
}
