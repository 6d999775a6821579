package io.iamgate.analyze.local.size;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class PolicySizeExceedsRoleTrustPolicyQuotaCheckTest {

    @Test
    void overTheDefaultQuota() {
        CheckTester.of(new PolicySizeExceedsRoleTrustPolicyQuotaCheck())
                .policyType(PolicyType.TRUST_POLICY)
                .policy("«" + SizedPolicies.withSize(2_049, 10, true) + "»")
                .expectFindings();
    }

    @Test
    void atTheQuotaWithWhitespaceBeyondIt() {
        CheckTester.of(new PolicySizeExceedsRoleTrustPolicyQuotaCheck())
                .policyType(PolicyType.TRUST_POLICY)
                .policy(SizedPolicies.withSize(2_048, 300, true))
                .expectNoFindings();
    }

    @Test
    void resourcePoliciesHaveTheirOwnQuota() {
        CheckTester.of(new PolicySizeExceedsRoleTrustPolicyQuotaCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy(SizedPolicies.withSize(3_000, 0, true))
                .expectNoFindings();
    }
}
