package io.iamgate.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** A snapshot that is not what the loader reads fails with a message that says how to fix it. */
class ManagedPolicySnapshotTest {

    private static byte[] bundledBinary() throws IOException {
        try (InputStream in =
                new GZIPInputStream(ManagedPolicies.class.getResourceAsStream(ManagedPolicies.RESOURCE))) {
            return in.readAllBytes();
        }
    }

    private static InputStream gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return new ByteArrayInputStream(out.toByteArray());
    }

    private static String failure(byte[] data) {
        return assertThrows(IOException.class, () -> ManagedPolicies.load(gzip(data)))
                .getMessage();
    }

    @Test
    void theBundledBinaryRoundTripsThroughLoad() throws IOException {
        ManagedPolicies copy = ManagedPolicies.load(gzip(bundledBinary()));
        assertEquals(ManagedPolicies.bundled().size(), copy.size());
        assertEquals(ManagedPolicies.bundled().byName("ReadOnlyAccess"), copy.byName("ReadOnlyAccess"));
    }

    @Test
    void anotherSnapshotIsNotTakenForThisOne() throws IOException {
        try (InputStream iamReference = IamReference.class.getResourceAsStream(IamReference.RESOURCE)) {
            String message = assertThrows(IOException.class, () -> ManagedPolicies.load(iamReference))
                    .getMessage();
            assertEquals("not an AWS managed policy snapshot: run scripts/update-managed-policies", message);
        }
    }

    @Test
    void aSnapshotOfAnotherFormatNamesBothFormats() throws IOException {
        byte[] data = bundledBinary();
        data[5] = (byte) (ManagedPolicySnapshot.FORMAT + 1); // the format varint follows the 5-byte magic
        assertEquals(
                "AWS managed policy snapshot has format " + (ManagedPolicySnapshot.FORMAT + 1) + ", this loader reads "
                        + ManagedPolicySnapshot.FORMAT + ": run scripts/update-managed-policies",
                failure(data));
    }

    @Test
    void aTruncatedOrLengthenedSnapshotIsRejected() throws IOException {
        byte[] data = bundledBinary();
        String shorter = failure(Arrays.copyOf(data, data.length - 1));
        String longer = failure(Arrays.copyOf(data, data.length + 1));
        for (String message : new String[] {shorter, longer}) {
            assertTrue(
                    message.startsWith("AWS managed policy snapshot ")
                            && message.endsWith(": run scripts/update-managed-policies"),
                    message);
        }
    }

    @Test
    void aSnapshotCutInsideItsHeaderEndsEarly() throws IOException {
        assertEquals(
                "AWS managed policy snapshot ends early: run scripts/update-managed-policies",
                failure(Arrays.copyOf(bundledBinary(), 12)));
    }
}
