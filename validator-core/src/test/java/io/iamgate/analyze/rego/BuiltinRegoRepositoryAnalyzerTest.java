package io.iamgate.analyze.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.iamgate.analyze.RepositoryAnalyzer.UnitFinding;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code iamgate/repository_findings} through the real wasm runtime, attached to the unit it names. */
class BuiltinRegoRepositoryAnalyzerTest {

    private static final BuiltinRegoRepositoryAnalyzer ANALYZER =
            BuiltinRules.start(1).repositoryAnalyzer();

    private static final String REGION_LOCK = """
            {"Version": "2012-10-17", "Statement": [{"Sid": "DenyOutsideEU", "Effect": "Deny",
              "NotAction": ["iam:*", "sts:*"], "Resource": "*",
              "Condition": {"StringNotEquals": {"aws:RequestedRegion": ["eu-west-1"]}}}]}""";

    private static final PolicyUnit APP = RegoUnits.identity("""
            {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}""");

    @Test
    void scpsWithoutADetectionGuardrailAreReportedOnAnScp() throws Exception {
        PolicyUnit scp = RegoUnits.unit(
                "org/scps.yaml",
                "Resources.RegionLock.Properties.Content",
                PolicyType.SERVICE_CONTROL_POLICY,
                null,
                REGION_LOCK);
        List<UnitFinding> found = ANALYZER.analyzeRepository(List.of(APP, scp));
        assertEquals(1, found.size(), found.toString());
        assertEquals("IAMGATE_SCP_DETECTION_NOT_DENIED", found.get(0).finding().issueCode());
        assertSame(scp, found.get(0).unit());
    }

    @Test
    void noScpsNoFinding() throws Exception {
        assertEquals(List.of(), ANALYZER.analyzeRepository(List.of(APP)));
    }
}
