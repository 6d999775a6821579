package io.iamgate.analyze.local.condition.rcp;

import static io.iamgate.analyze.local.condition.Policies.json;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class RcpMissingServiceConditionKeyNullCheckCheckTest {

    private static String rcp(String conditionMembers) {
        return json("{'Version':'2012-10-17','Statement':[{'Effect':'Deny','Principal':'*','Action':'s3:*',"
                + "'Resource':'*','Condition':{" + conditionMembers + "}}]}");
    }

    @Test
    void reportsTheKeyWithoutItsCompanion() {
        CheckTester.of(new RcpMissingServiceConditionKeyNullCheckCheck())
                .policyType(PolicyType.RESOURCE_CONTROL_POLICY)
                .policy(
                        rcp(
                                "'StringNotEqualsIfExists':{«'aws:SourceAccount'»:'111122223333'},'Bool':{'aws:PrincipalIsAWSService':'true'}"))
                .expectFindings();
    }

    @Test
    void acceptsTheKeyWithItsCompanion() {
        CheckTester.of(new RcpMissingServiceConditionKeyNullCheckCheck())
                .policyType(PolicyType.RESOURCE_CONTROL_POLICY)
                .policy(
                        rcp(
                                "'StringNotEqualsIfExists':{'aws:SourceOrgID':'o-abc'},'Bool':{'aws:PrincipalIsAWSService':'true'},'Null':{'aws:SourceArn':'false'}"))
                .expectNoFindings();
    }

    @Test
    void appliesOnlyToResourceControlPolicies() {
        CheckTester.of(new RcpMissingServiceConditionKeyNullCheckCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy(rcp(
                        "'StringNotEqualsIfExists':{«'aws:SourceAccount'»:'111122223333'},'Bool':{'aws:PrincipalIsAWSService':'true'}"
                                .replace("«", "")
                                .replace("»", "")))
                .expectNoFindings();
    }
}
