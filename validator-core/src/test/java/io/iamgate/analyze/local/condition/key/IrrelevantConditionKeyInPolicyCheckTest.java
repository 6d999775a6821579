package io.iamgate.analyze.local.condition.key;

import static io.iamgate.analyze.local.condition.Policies.allow;
import static io.iamgate.analyze.local.condition.Policies.json;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class IrrelevantConditionKeyInPolicyCheckTest {

    private final String bucketPolicy = json("{'Version':'2012-10-17','Statement':[{'Effect':'Allow',"
            + "'Principal':{'AWS':'111122223333'},'Action':'s3:GetObject','Resource':'arn:aws:s3:::b/*',"
            + "'Condition':{'StringEquals':{«'s3:ResourceAccount'»:'111122223333',«'aws:ResourceOrgID'»:'o-a1b2c3d4e5',"
            + "'aws:PrincipalOrgID':'o-a1b2c3d4e5'}}}]}");

    @Test
    void reportsResourceOwnerKeysInABucketPolicy() {
        CheckTester.of(new IrrelevantConditionKeyInPolicyCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .resourceType("AWS::S3::Bucket")
                .policy(bucketPolicy)
                .expectFindings();
    }

    @Test
    void staysSilentWithoutAResourceType() {
        CheckTester.of(new IrrelevantConditionKeyInPolicyCheck())
                .policy(allow("'StringEquals':{'aws:ResourceAccount':'111122223333'}"))
                .expectNoFindings();
        CheckTester.of(new IrrelevantConditionKeyInPolicyCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy(bucketPolicy)
                .expectNoFindings();
    }
}
