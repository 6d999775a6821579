package io.iamgate.analyze.local.size;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class PolicySizeExceedsResourcePolicyQuotaCheckTest {

    @Test
    void bucketPolicyOverTwentyKilobytes() {
        CheckTester.of(new PolicySizeExceedsResourcePolicyQuotaCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .resourceType("AWS::S3::Bucket")
                .policy("«" + SizedPolicies.withSize(20_481, 0, true) + "»")
                .expectFindings();
    }

    @Test
    void atTheQuota() {
        CheckTester.of(new PolicySizeExceedsResourcePolicyQuotaCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .resourceType("AWS::DynamoDB::Table")
                .policy(SizedPolicies.withSize(20_480, 0, true))
                .expectNoFindings();
    }

    @Test
    void resourceTypesWithoutAKnownQuotaAreNotJudged() {
        CheckTester.of(new PolicySizeExceedsResourcePolicyQuotaCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy(SizedPolicies.withSize(40_000, 0, true))
                .expectNoFindings();
        CheckTester.of(new PolicySizeExceedsResourcePolicyQuotaCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .resourceType("AWS::KMS::Key")
                .policy(SizedPolicies.withSize(40_000, 0, true))
                .expectNoFindings();
    }
}
