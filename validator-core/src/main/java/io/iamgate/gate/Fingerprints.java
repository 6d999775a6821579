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
 * so it survives reformatting and lines moving, and changes when the element itself changes. A finding
 * without a path (a syntax error, a missing Version) has the whole policy text as its element.
 */
public final class Fingerprints {

    private Fingerprints() {}

    public static String of(PolicyUnit unit, Finding finding) {
        MessageDigest digest = sha256();
        update(
                digest,
                unit.file() + '\0' + unit.origin() + '\0' + finding.issueCode() + '\0' + finding.primaryPath() + '\0');
        String text = unit.document().text();
        if (!finding.locations().isEmpty() && !finding.primaryPath().isEmpty()) {
            update(digest, withoutWhiteSpace(finding.locations().get(0).span().of(text)));
        } else if (unit.document().syntaxError().isPresent()) {
            // A finding about text that did not parse stands for all of it, white space included (it may be
            // syntax): a baselined syntax error must not accept whatever the file holds later.
            update(digest, "\1" + text);
        } else {
            // A finding about the whole policy (no path) covers all of it, so editing the policy makes it new.
            update(digest, "\2" + withoutWhiteSpace(text));
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private static String withoutWhiteSpace(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static void update(MessageDigest digest, String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
