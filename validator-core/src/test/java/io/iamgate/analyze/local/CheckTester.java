package io.iamgate.analyze.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.load.LocatedJsonParser;
import io.iamgate.model.Finding;
import io.iamgate.model.Location;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.model.SourceMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs one check on a policy text whose expected finding locations are marked inline, Error Prone
 * style: {@code «"Allw"»} marks a span. Every marked span must be a location of a finding of the check,
 * in document order, and every location must be marked; so each test proves the code and the exact span.
 *
 * <pre>
 * CheckTester.of(new InvalidEffectCheck())
 *     .policy("""
 * {
 * "Statement": [
 * {"Effect": «"Allw"», "Action": "s3:GetObject", "Resource": "*"}
 * ]
 * }""")
 *     .expectFindings();
 * </pre>
 */
public final class CheckTester {

    private static final char OPEN = '«';
    private static final char CLOSE = '»';

    private final PolicyCheck check;
    private PolicyType policyType = PolicyType.IDENTITY_POLICY;
    private String resourceType;
    private String text;
    private final List<int[]> marks = new ArrayList<>();

    private CheckTester(PolicyCheck check) {
        this.check = check;
    }

    public static CheckTester of(PolicyCheck check) {
        return new CheckTester(check);
    }

    public CheckTester policyType(PolicyType type) {
        this.policyType = type;
        return this;
    }

    public CheckTester resourceType(String type) {
        this.resourceType = type;
        return this;
    }

    /** The policy text, with «» around each expected location's span. */
    public CheckTester policy(String marked) {
        StringBuilder plain = new StringBuilder();
        int open = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == OPEN) {
                open = plain.length();
            } else if (c == CLOSE) {
                marks.add(new int[] {open, plain.length()});
                open = -1;
            } else {
                plain.append(c);
            }
        }
        this.text = plain.toString();
        return this;
    }

    /** The check's findings on the policy (all of them, whatever their code). */
    public List<Finding> run() {
        PolicyDocument document = PolicyDocument.of(new LocatedJsonParser().parse(text));
        PolicyUnit unit =
                new PolicyUnit("test.json", "", policyType, resourceType, document, SourceMapping.IDENTITY, List.of());
        return new LocalAnalyzer(List.of(check)).analyze(unit);
    }

    /** Asserts the check reports exactly the marked locations, in order; returns its findings. */
    public List<Finding> expectFindings() {
        assertTrue(!marks.isEmpty(), "mark the expected spans with «»");
        List<Finding> findings = ofThisCheck(run());
        assertTrue(!findings.isEmpty(), () -> check.metadata().issueCode() + " did not fire on: " + text);
        List<String> actual = new ArrayList<>();
        for (Finding f : findings) {
            assertEquals(check.metadata().findingType(), f.findingType());
            for (Location l : f.locations()) {
                actual.add(l.span().start().offset() + ".." + l.span().end().offset() + " "
                        + l.span().of(text));
            }
        }
        List<String> expected = marks.stream()
                .map(m -> m[0] + ".." + m[1] + " " + text.substring(m[0], m[1]))
                .collect(Collectors.toList());
        assertEquals(expected, actual, "locations of " + check.metadata().issueCode());
        return findings;
    }

    /** Asserts the check is silent on the policy (a near miss). */
    public void expectNoFindings() {
        List<Finding> findings = ofThisCheck(run());
        assertTrue(
                findings.isEmpty(),
                () -> check.metadata().issueCode() + " fired on a near miss: "
                        + findings.stream().map(Finding::findingDetails).collect(Collectors.joining("; ")));
    }

    private List<Finding> ofThisCheck(List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.issueCode().equals(check.metadata().issueCode()))
                .collect(Collectors.toList());
    }
}
