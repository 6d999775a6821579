package io.iamgate.diff;

import io.iamgate.model.Finding;
import io.iamgate.model.FindingType;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.ReportedFinding;
import io.iamgate.report.SecretRedactor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Each blocking addition as a finding at its line, on the unit that stands for its principal or policy, so that
 * every report format (text, SARIF, GitHub annotations, JUnit) shows it as it shows any finding, and the run's
 * exit code counts it. Diff findings always block: the categories are the diff's gate.
 */
final class DiffFindings {

    static final String ANALYZER = "diff";

    private DiffFindings() {}

    static List<PolicyResult> of(AccessDiff diff) {
        List<PolicyResult> out = new ArrayList<>();
        for (SubjectChange c : diff.changes()) {
            if (!c.blocking()) {
                continue;
            }
            List<ReportedFinding> findings = new ArrayList<>();
            for (SubjectChange.Block b : c.blocks()) {
                Finding f = Finding.of(
                        FindingType.SECURITY_WARNING,
                        b.issueCode(),
                        SecretRedactor.redact(b.reason() + " (compared with " + diff.ref() + ")"),
                        "",
                        ANALYZER,
                        List.of());
                findings.add(
                        new ReportedFinding(f, b.site().line(), b.site().column(), true, fingerprint(b, c.subject())));
            }
            out.add(new PolicyResult(c.head().unit(), findings));
        }
        return out;
    }

    /** Stable across runs and line moves: the code, the file, the subject and the reason. */
    private static String fingerprint(SubjectChange.Block b, Subject s) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] d = sha.digest((b.issueCode() + "\n" + s.file() + "\n" + s.origin() + "\n" + b.reason())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
