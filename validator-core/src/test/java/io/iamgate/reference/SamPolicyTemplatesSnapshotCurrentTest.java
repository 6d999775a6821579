package io.iamgate.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.extract.cloudformation.SamPolicyTemplates;
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
 * Fails when the bundled snapshot of SAM's policy templates was not written by the generator and pins now in
 * scripts/update-sam-policy-templates (the version of aws-sam-translator and the sha256 of its
 * policy_templates.json), as ManagedPoliciesSnapshotCurrentTest does for the managed policies; the last test
 * regenerates it from the pinned package and compares the bytes, when asked to with
 * IAMGATE_REGENERATE_SNAPSHOTS=1 (it needs python3, pip and the Python package index).
 */
class SamPolicyTemplatesSnapshotCurrentTest {

    private static final String SCRIPT = "update-sam-policy-templates";
    private static final String FIX = ": run scripts/update-sam-policy-templates and commit the snapshot";

    private final SamPolicyTemplates sam = SamPolicyTemplates.bundled();

    @Test
    void snapshotWasWrittenByTheCurrentGenerator() throws IOException, NoSuchAlgorithmException {
        assertEquals(
                GeneratorScripts.fingerprint(List.of(SCRIPT)),
                sam.generator(),
                "the SAM policy template snapshot was produced by a different generator" + FIX);
    }

    @Test
    void snapshotIsOfThePinnedVersionAndSourceFile() throws IOException {
        assertEquals(GeneratorScripts.pinned(SCRIPT, "SAM_TRANSLATOR_VERSION"), sam.version(), "version" + FIX);
        assertEquals(GeneratorScripts.pinned(SCRIPT, "SAM_TEMPLATES_SHA256"), sam.sourceSha256(), "source" + FIX);
        assertTrue(
                sam.templates().size() > 50,
                "templates read: " + sam.templates().size());
    }

    @Test
    void snapshotShipsWithItsSourcesLicense() throws IOException {
        try (InputStream in = SamPolicyTemplates.class.getResourceAsStream("sam-policy-templates.LICENSE")) {
            assertTrue(in != null, "sam-policy-templates.LICENSE is not beside the snapshot");
            String license = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(license.contains("aws-sam-translator") && license.contains("Apache License"), license);
        }
    }

    @Test
    void regeneratingFromThePinnedPackageGivesTheSameBytes(@TempDir Path tmp) throws IOException, InterruptedException {
        Assumptions.assumeTrue(
                "1".equals(System.getenv("IAMGATE_REGENERATE_SNAPSHOTS")),
                "set IAMGATE_REGENERATE_SNAPSHOTS=1 to regenerate the snapshot from the package index and compare");
        Path out = tmp.resolve(SamPolicyTemplates.RESOURCE);
        Process p = new ProcessBuilder(
                        "bash", GeneratorScripts.dir().resolve(SCRIPT).toString(), "--out", out.toString())
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("log.txt").toFile())
                .start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the generator did not finish in 10 minutes");
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("log.txt")));
        try (InputStream in = SamPolicyTemplates.class.getResourceAsStream(SamPolicyTemplates.RESOURCE)) {
            assertEquals(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    Files.readString(out),
                    "the committed snapshot differs from a fresh one" + FIX);
        }
    }
}
