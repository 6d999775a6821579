package io.iamgate.analyze.local.condition.rcp;

import static io.iamgate.analyze.local.condition.Policies.json;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class RcpMissingRelatedPrincipalConditionKeyCheckTest {

    private static String rcp(String conditionMembers) {
        return json("{'Version':'2012-10-17','Statement':[{'Effect':'Deny','Principal':'*','Action':'s3:*',"
                + "'Resource':'*','Condition':{" + conditionMembers + "}}]}");
    }

    @Test
    void reportsTheKeyWithoutItsCompanion() {
        CheckTester.of(new RcpMissingRelatedPrincipalConditionKeyCheck())
                .policyType(PolicyType.RESOURCE_CONTROL_POLICY)
                .policy(
                        rcp(
                                "'StringNotEqualsIfExists':{«'aws:PrincipalOrgID'»:'o-abc'},'StringNotEquals':{«'aws:PrincipalTag/team'»:'a'}"))
                .expectFindings();
    }

    @Test
    void acceptsTheKeyWithItsCompanion() {
        CheckTester.of(new RcpMissingRelatedPrincipalConditionKeyCheck())
                .policyType(PolicyType.RESOURCE_CONTROL_POLICY)
                .policy(
                        rcp(
                                "'StringNotEqualsIfExists':{'aws:PrincipalOrgID':'o-abc'},'BoolIfExists':{'aws:PrincipalIsAWSService':'false'}"))
                .expectNoFindings();
    }

    @Test
    void appliesOnlyToResourceControlPolicies() {
        CheckTester.of(new RcpMissingRelatedPrincipalConditionKeyCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy(rcp(
                        "'StringNotEqualsIfExists':{«'aws:PrincipalOrgID'»:'o-abc'},'StringNotEquals':{«'aws:PrincipalTag/team'»:'a'}"
                                .replace("«", "")
                                .replace("»", "")))
                .expectNoFindings();
    }
}
