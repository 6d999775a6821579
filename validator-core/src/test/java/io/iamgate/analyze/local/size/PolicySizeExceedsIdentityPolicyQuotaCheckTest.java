package io.iamgate.analyze.local.size;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.Finding;
import io.iamgate.model.PolicyType;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicySizeExceedsIdentityPolicyQuotaCheckTest {

    @Test
    void overTheQuotaCountingNonWhitespacePlusOne() {
        String policy = SizedPolicies.withSize(10_240, 500, false);
        assertEquals(10_240, SizedPolicies.nonWhitespace(policy));
        List<Finding> findings = CheckTester.of(new PolicySizeExceedsIdentityPolicyQuotaCheck())
                .policy("«" + policy + "»")
                .expectFindings();
        assertTrue(findings.get(0).locations().get(0).path().isEmpty());
        assertTrue(
                findings.get(0).findingDetails().contains("10241 characters"),
                findings.get(0).findingDetails());
    }

    @Test
    void atTheQuotaWithWhitespaceBeyondIt() {
        String policy = SizedPolicies.withSize(10_239, 2_000, false);
        assertEquals(10_239, SizedPolicies.nonWhitespace(policy));
        CheckTester.of(new PolicySizeExceedsIdentityPolicyQuotaCheck())
                .policy(policy)
                .expectNoFindings();
    }

    @Test
    void onlyForIdentityPolicies() {
        CheckTester.of(new PolicySizeExceedsIdentityPolicyQuotaCheck())
                .policyType(PolicyType.SERVICE_CONTROL_POLICY)
                .policy(SizedPolicies.withSize(10_300, 0, false))
                .expectNoFindings();
    }
}
