package io.iamgate.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The scripts that generate the bundled snapshots, as the snapshots' currency tests read them. */
final class GeneratorScripts {

    private GeneratorScripts() {}

    static Path dir() {
        Path dir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolveSibling("scripts");
        assertTrue(Files.isDirectory(dir), "scripts directory not found at " + dir);
        return dir;
    }

    static String sha256(String text) throws NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * sha256 over each file (CR stripped, so a CRLF checkout gives the same value), then over the
     * "&lt;hex&gt;  &lt;name&gt;\n" lines, like a sha256sum manifest: what the generators record as theirs.
     */
    static String fingerprint(List<String> files) throws IOException, NoSuchAlgorithmException {
        StringBuilder manifest = new StringBuilder();
        for (String name : files) {
            String content = Files.readString(dir().resolve(name), StandardCharsets.UTF_8)
                    .replace("\r", "");
            manifest.append(sha256(content)).append("  ").append(name).append('\n');
        }
        return sha256(manifest.toString());
    }

    /** The value of {@code VARIABLE=value} on a line of its own in {@code script}. */
    static String pinned(String script, String variable) throws IOException {
        String text = Files.readString(dir().resolve(script), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?m)^" + variable + "=(\\S+)$").matcher(text);
        assertTrue(m.find(), variable + " is not pinned in scripts/" + script);
        return m.group(1);
    }

    /** No timestamp (bytes 4-7) and no OS of origin (byte 9): regenerating elsewhere gives the same bytes. */
    static void assertDeterministicGzip(byte[] gz, String fix) {
        assertEquals(0, gz[4] | gz[5] | gz[6] | gz[7], "gzip header has a timestamp" + fix);
        assertEquals((byte) 0xff, gz[9], "gzip header names an OS" + fix);
    }
}
