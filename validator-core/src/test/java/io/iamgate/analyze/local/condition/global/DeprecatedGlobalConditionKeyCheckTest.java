package io.iamgate.analyze.local.condition.global;

import static io.iamgate.analyze.local.condition.Policies.allow;
import static io.iamgate.analyze.local.condition.Policies.json;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class DeprecatedGlobalConditionKeyCheckTest {

    @Test
    void reportsAwsArnInAnIdentityPolicy() {
        var f = CheckTester.of(new DeprecatedGlobalConditionKeyCheck())
                .policy(allow("'ArnLike':{«'aws:ARN'»:'arn:aws:iam::111122223333:role/*'}"))
                .expectFindings();
        assertTrue(f.get(0).findingDetails().contains("aws:PrincipalArn"));
    }

    @Test
    void leavesCurrentKeysAndResourcePoliciesAlone() {
        CheckTester.of(new DeprecatedGlobalConditionKeyCheck())
                .policy(allow("'ArnLike':{'aws:PrincipalArn':'arn:aws:iam::111122223333:role/*'}"))
                .expectNoFindings();
        CheckTester.of(new DeprecatedGlobalConditionKeyCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy(
                        json(
                                "{'Statement':[{'Effect':'Allow','Principal':'*','Action':'s3:GetObject',"
                                        + "'Resource':'arn:aws:s3:::b/*','Condition':{'ArnLike':{'aws:ARN':'arn:aws:iam::1:role/*'}}}]}"))
                .expectNoFindings();
    }
}
