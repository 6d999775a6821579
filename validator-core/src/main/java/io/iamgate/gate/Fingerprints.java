package io.iamgate.gate;

import io.iamgate.model.Finding;
import io.iamgate.model.PolicyUnit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finding's stable identity, for baselines and SARIF partialFingerprints: built from the file, the
 * policy's origin, the issue code, the path and the offending element's text with white space removed,
 * so it survives reformatting and lines moving, and changes when the element itself changes.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    public static String of(PolicyUnit unit, Finding finding) {
        StringBuilder key = new StringBuilder()
                .append(unit.file()).append('\0')
                .append(unit.origin()).append('\0')
                .append(finding.issueCode()).append('\0')
                .append(finding.primaryPath()).append('\0');
        if (!finding.locations().isEmpty() && !finding.primaryPath().isEmpty()) {
            String element = finding.locations().get(0).span().of(unit.document().text());
            key.append(element.replaceAll("\\s+", ""));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
