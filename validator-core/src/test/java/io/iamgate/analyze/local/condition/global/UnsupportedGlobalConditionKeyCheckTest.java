package io.iamgate.analyze.local.condition.global;

import static io.iamgate.analyze.local.condition.Policies.allow;
import static io.iamgate.analyze.local.condition.Policies.json;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class UnsupportedGlobalConditionKeyCheckTest {

    @Test
    void reportsAwsArnInAResourcePolicy() {
        CheckTester.of(new UnsupportedGlobalConditionKeyCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy(
                        json(
                                "{'Statement':[{'Effect':'Allow','Principal':'*','Action':'s3:GetObject',"
                                        + "'Resource':'arn:aws:s3:::b/*','Condition':{'ArnLike':{«'aws:arn'»:'arn:aws:iam::1:role/*'}}}]}"))
                .expectFindings();
    }

    @Test
    void leavesIdentityPoliciesAndCurrentKeysAlone() {
        CheckTester.of(new UnsupportedGlobalConditionKeyCheck())
                .policy(allow("'ArnLike':{'aws:ARN':'arn:aws:iam::111122223333:role/*',"
                        + "'aws:SourceArn':'arn:aws:s3:::b'}"))
                .expectNoFindings();
    }
}
