package io.iamgate.analyze.local.size;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class PolicySizeExceedsRcpQuotaCheckTest {

    @Test
    void overTheQuota() {
        CheckTester.of(new PolicySizeExceedsRcpQuotaCheck())
                .policyType(PolicyType.RESOURCE_CONTROL_POLICY)
                .policy("«" + SizedPolicies.withSize(5_121, 0, true) + "»")
                .expectFindings();
    }

    @Test
    void atTheQuotaAndForOtherTypes() {
        CheckTester.of(new PolicySizeExceedsRcpQuotaCheck())
                .policyType(PolicyType.RESOURCE_CONTROL_POLICY)
                .policy(SizedPolicies.withSize(5_120, 0, true))
                .expectNoFindings();
        CheckTester.of(new PolicySizeExceedsRcpQuotaCheck())
                .policyType(PolicyType.SERVICE_CONTROL_POLICY)
                .policy(SizedPolicies.withSize(6_000, 0, false))
                .expectNoFindings();
    }
}
