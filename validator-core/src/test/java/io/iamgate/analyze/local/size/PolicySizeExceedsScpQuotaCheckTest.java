package io.iamgate.analyze.local.size;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class PolicySizeExceedsScpQuotaCheckTest {

    @Test
    void whitespaceCountsInAnScp() {
        CheckTester.of(new PolicySizeExceedsScpQuotaCheck())
                .policyType(PolicyType.SERVICE_CONTROL_POLICY)
                .policy("«" + SizedPolicies.withSize(10_200, 41, false) + "»")
                .expectFindings();
    }

    @Test
    void atTheQuota() {
        CheckTester.of(new PolicySizeExceedsScpQuotaCheck())
                .policyType(PolicyType.SERVICE_CONTROL_POLICY)
                .policy(SizedPolicies.withSize(10_200, 40, false))
                .expectNoFindings();
    }
}
