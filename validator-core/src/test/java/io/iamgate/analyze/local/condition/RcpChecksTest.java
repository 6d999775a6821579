package io.iamgate.analyze.local.condition;

import static io.iamgate.analyze.local.condition.Policies.json;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.analyze.local.condition.rcp.RcpMissingRelatedPrincipalConditionKeyCheck;
import io.iamgate.analyze.local.condition.rcp.RcpMissingRelatedServicePrincipalConditionKeyCheck;
import io.iamgate.analyze.local.condition.rcp.RcpMissingServiceConditionKeyNullCheckCheck;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Resource control policies: principal and source keys need their companions. */
class RcpChecksTest {

    private static String rcp(String conditionMembers) {
        return json("{'Version':'2012-10-17','Statement':[{'Effect':'Deny','Principal':'*','Action':'s3:*',"
                + "'Resource':'*','Condition':{" + conditionMembers + "}}]}");
    }

    @Nested
    class RelatedPrincipalKey {
        @Test
        void reportsAPrincipalKeyWithoutTheServiceExclusion() {
            CheckTester.of(new RcpMissingRelatedPrincipalConditionKeyCheck()).policyType(PolicyType.RESOURCE_CONTROL_POLICY)
                    .policy(rcp("'StringNotEqualsIfExists':{«'aws:PrincipalOrgID'»:'o-abc'}")).expectFindings();
        }

        @Test
        void acceptsItWithPrincipalIsAwsServiceFalseAndOutsideRcps() {
            String ok = rcp("'StringNotEqualsIfExists':{'aws:PrincipalOrgID':'o-abc'},"
                    + "'BoolIfExists':{'aws:PrincipalIsAWSService':'false'}");
            CheckTester.of(new RcpMissingRelatedPrincipalConditionKeyCheck()).policyType(PolicyType.RESOURCE_CONTROL_POLICY)
                    .policy(ok).expectNoFindings();
            CheckTester.of(new RcpMissingRelatedPrincipalConditionKeyCheck()).policyType(PolicyType.RESOURCE_POLICY)
                    .policy(rcp("'StringNotEqualsIfExists':{'aws:PrincipalOrgID':'o-abc'}")).expectNoFindings();
        }
    }

    @Nested
    class RelatedServicePrincipalKey {
        @Test
        void reportsASourceKeyWithoutTheServiceScope() {
            CheckTester.of(new RcpMissingRelatedServicePrincipalConditionKeyCheck())
                    .policyType(PolicyType.RESOURCE_CONTROL_POLICY)
                    .policy(rcp("'StringNotEqualsIfExists':{«'aws:SourceOrgID'»:'o-abc'}")).expectFindings();
        }

        @Test
        void acceptsItWithPrincipalIsAwsServiceTrue() {
            CheckTester.of(new RcpMissingRelatedServicePrincipalConditionKeyCheck())
                    .policyType(PolicyType.RESOURCE_CONTROL_POLICY)
                    .policy(rcp("'StringNotEqualsIfExists':{'aws:SourceOrgID':'o-abc'},"
                            + "'Bool':{'aws:PrincipalIsAWSService':'true'}"))
                    .expectNoFindings();
        }
    }

    @Nested
    class ServiceKeyNullCheck {
        @Test
        void reportsASourceKeyWithoutANullCheck() {
            CheckTester.of(new RcpMissingServiceConditionKeyNullCheckCheck()).policyType(PolicyType.RESOURCE_CONTROL_POLICY)
                    .policy(rcp("'StringNotEqualsIfExists':{«'aws:SourceOrgID'»:'o-abc'},"
                            + "'Bool':{'aws:PrincipalIsAWSService':'true'}"))
                    .expectFindings();
        }

        @Test
        void acceptsItWithANullCheckOnSourceAccountOrSourceArn() {
            CheckTester.of(new RcpMissingServiceConditionKeyNullCheckCheck()).policyType(PolicyType.RESOURCE_CONTROL_POLICY)
                    .policy(rcp("'StringNotEqualsIfExists':{'aws:SourceOrgID':'o-abc'},"
                            + "'Bool':{'aws:PrincipalIsAWSService':'true'},'Null':{'aws:SourceArn':'false'}"))
                    .expectNoFindings();
        }
    }
}
