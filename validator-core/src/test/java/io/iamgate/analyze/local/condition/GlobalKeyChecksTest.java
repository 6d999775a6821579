package io.iamgate.analyze.local.condition;

import static io.iamgate.analyze.local.condition.Policies.allow;
import static io.iamgate.analyze.local.condition.Policies.json;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.analyze.local.condition.global.DeprecatedGlobalConditionKeyCheck;
import io.iamgate.analyze.local.condition.global.InvalidGlobalConditionKeyCheck;
import io.iamgate.analyze.local.condition.global.InvalidRegionCheck;
import io.iamgate.analyze.local.condition.global.UnsupportedGlobalConditionKeyCheck;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Global condition keys and Regions, judged by the bundled IAM reference. */
class GlobalKeyChecksTest {

    @Nested
    class InvalidGlobalConditionKey {
        @Test
        void reportsUnknownAwsKeysOnTheKeyName() {
            CheckTester.of(new InvalidGlobalConditionKeyCheck())
                    .policy(allow("'StringEquals':{«'aws:SourceAcount'»:'111122223333',«'aws:ResourceTags/x'»:'a'}"))
                    .expectFindings();
        }

        @Test
        void acceptsKnownKeysInAnyCaseTagFamiliesAndServiceKeys() {
            CheckTester.of(new InvalidGlobalConditionKeyCheck())
                    .policy(allow("'StringEquals':{'aws:SourceAccount':'1','aws:resourceorgid':'o-1',"
                            + "'aws:PrincipalTag/team':'a','s3:prefix':'x','aws:ResourceTag':'bare, reported as missing tag key'},"
                            + "'ForAnyValue:StringEquals':{'aws:CalledVia':'athena.amazonaws.com'}"))
                    .expectNoFindings();
        }
    }

    @Nested
    class DeprecatedAndUnsupported {
        private final String arnCondition = "'ArnLike':{«'aws:ARN'»:'arn:aws:iam::111122223333:role/*'}";

        @Test
        void awsArnIsDeprecatedInIdentityPolicies() {
            CheckTester.of(new DeprecatedGlobalConditionKeyCheck()).policy(allow(arnCondition)).expectFindings();
            CheckTester.of(new UnsupportedGlobalConditionKeyCheck()).policy(allow(arnCondition.replace("«", "")
                    .replace("»", ""))).expectNoFindings();
        }

        @Test
        void awsArnIsUnsupportedInResourcePolicies() {
            String policy = json("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Principal':'*',"
                    + "'Action':'s3:GetObject','Resource':'arn:aws:s3:::b/*','Condition':{" + arnCondition + "}}]}");
            CheckTester.of(new UnsupportedGlobalConditionKeyCheck()).policyType(PolicyType.RESOURCE_POLICY)
                    .policy(policy).expectFindings();
            CheckTester.of(new DeprecatedGlobalConditionKeyCheck()).policyType(PolicyType.RESOURCE_POLICY)
                    .policy(policy.replace("«", "").replace("»", "")).expectNoFindings();
        }

        @Test
        void currentKeysAreNeither() {
            String policy = allow("'ArnLike':{'aws:PrincipalArn':'arn:aws:iam::111122223333:role/*'}");
            CheckTester.of(new DeprecatedGlobalConditionKeyCheck()).policy(policy).expectNoFindings();
            CheckTester.of(new UnsupportedGlobalConditionKeyCheck()).policy(policy).expectNoFindings();
        }
    }

    @Nested
    class InvalidRegion {
        @Test
        void reportsCodesThatAreNoRegion() {
            CheckTester.of(new InvalidRegionCheck())
                    .policy(allow("'StringEquals':{'aws:RequestedRegion':[«'us-east-9'»,'eu-west-3',«'US-EAST-1'»],"
                            + "'ec2:Region':«'moon-1'»}"))
                    .expectFindings();
        }

        @Test
        void acceptsRegionsPatternsAndIgnoreCase() {
            CheckTester.of(new InvalidRegionCheck())
                    .policy(allow("'StringEquals':{'aws:RequestedRegion':['us-east-1','cn-north-1','us-gov-west-1']},"
                            + "'StringLike':{'aws:RequestedRegion':'eu-*'},"
                            + "'StringEqualsIgnoreCase':{'aws:requestedregion':'US-WEST-2'}"))
                    .expectNoFindings();
        }
    }
}
