package io.iamgate.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.analyze.local.LocalChecks;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The offline analyzer against the Access Analyzer answers that AWS's CloudFormation and Terraform policy
 * validators record in their end-to-end tests: identity, resource (S3, KMS, SQS, Secrets Manager, Lambda,
 * S3 access points) and role trust policies, and the AWS CLI's validate-policy example. Floors are what the
 * analyzer achieves; every mismatch is explained in conformance-validators/MISMATCHES.md. Exact spans are
 * scored where a source recorded them (the Terraform validator's reports, the CLI example); the end-to-end
 * tests record none.
 */
class ValidatorsConformanceTest {

    private static List<ValidatorCases.Case> cases;
    private static Map<String, ValidatorCases.Score> scores;

    @BeforeAll
    static void run() {
        cases = ValidatorCases.load();
        scores = ValidatorCases.score(cases, LocalChecks.analyzer());
        System.out.println(ValidatorCases.report(scores));
    }

    @Test
    void everyPolicyTypeTheSourcesCoverIsScored() {
        assertEquals(Set.of("IDENTITY_POLICY", "RESOURCE_POLICY", "TRUST_POLICY"), scores.keySet());
        assertTrue(cases.size() >= 39, "cases lost: " + cases.size());
    }

    @Test
    void recordedSpansAreExact() {
        int recorded = scores.values().stream()
                .mapToInt(ValidatorCases.Score::spansRecorded)
                .sum();
        int exact = scores.values().stream()
                .mapToInt(ValidatorCases.Score::exactSpans)
                .sum();
        assertTrue(recorded >= 6, "too few findings with recorded locations to judge: " + recorded);
        assertEquals(recorded, exact, "findings matched at other offsets than recorded");
    }

    @Test
    void resourcePolicies() {
        // Two extra findings (cli-cognito-trust-as-resource-policy), explained in MISMATCHES.md.
        assertFloors("RESOURCE_POLICY", 1.0, 0.91);
    }

    @Test
    void trustPolicies() {
        // One extra finding (trust-public-principal), explained in MISMATCHES.md.
        assertFloors("TRUST_POLICY", 1.0, 0.66);
    }

    @Test
    void identityPolicies() {
        assertFloors("IDENTITY_POLICY", 1.0, 1.0);
    }

    private static void assertFloors(String group, double recall, double precision) {
        ValidatorCases.Score s = scores.get(group);
        assertTrue(s.recall() >= recall, group + ": recall " + s.recall() + " < " + recall + " " + s.mismatches());
        assertTrue(
                s.precision() >= precision,
                group + ": precision " + s.precision() + " < " + precision + " " + s.mismatches());
    }
}
