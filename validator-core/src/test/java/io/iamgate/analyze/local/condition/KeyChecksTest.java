package io.iamgate.analyze.local.condition;

import static io.iamgate.analyze.local.condition.Policies.allow;
import static io.iamgate.analyze.local.condition.Policies.deny;
import static io.iamgate.analyze.local.condition.Policies.json;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.analyze.local.condition.key.ConfirmAudienceClaimTypeCheck;
import io.iamgate.analyze.local.condition.key.DynamoDbAttributesWithoutSelectCheck;
import io.iamgate.analyze.local.condition.key.ForAnyValueWithAudienceClaimTypeCheck;
import io.iamgate.analyze.local.condition.key.InvalidKmsKeyValueCheck;
import io.iamgate.analyze.local.condition.key.InvalidVpcFormatCheck;
import io.iamgate.analyze.local.condition.key.InvalidVpceFormatCheck;
import io.iamgate.analyze.local.condition.key.IrrelevantConditionKeyInPolicyCheck;
import io.iamgate.analyze.local.condition.key.MissingPairedConditionKeysCheck;
import io.iamgate.analyze.local.condition.key.MissingTagKeyInConditionCheck;
import io.iamgate.analyze.local.condition.key.S3PrefixInNegativeContextCheck;
import io.iamgate.analyze.local.condition.key.UntrustworthyConditionKeyCheck;
import io.iamgate.analyze.local.condition.key.VariableUsageTooPermissiveCheck;
import io.iamgate.analyze.local.condition.key.WildcardUsageTooPermissiveCheck;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The checks that know what particular condition keys mean. */
class KeyChecksTest {

    @Nested
    class VpcFormats {
        @Test
        void reportsMalformedVpcAndVpceIds() {
            CheckTester.of(new InvalidVpcFormatCheck())
                    .policy(allow("'StringEquals':{'aws:SourceVpc':[«'vpc-123'»,'vpc-0a1b2c3d',«'vpce-0a1b2c3d'»]}"))
                    .expectFindings();
            CheckTester.of(new InvalidVpceFormatCheck())
                    .policy(allow("'StringNotEquals':{'aws:SourceVpce':«'vpce-123'»}")).expectFindings();
        }

        @Test
        void acceptsEightAndSeventeenCharacterIdsAndPatterns() {
            CheckTester.of(new InvalidVpcFormatCheck())
                    .policy(allow("'StringEquals':{'aws:SourceVpc':['vpc-0a1b2c3d','vpc-0a1b2c3d4e5f67890']},"
                            + "'StringLike':{'aws:sourcevpc':'vpc-*'}"))
                    .expectNoFindings();
            CheckTester.of(new InvalidVpceFormatCheck())
                    .policy(allow("'StringEquals':{'aws:SourceVpce':'vpce-0a1b2c3d4e5f67890','aws:SourceVpc':'x'}"))
                    .expectNoFindings();
        }
    }

    @Nested
    class MissingTagKeyInCondition {
        @Test
        void reportsTagFamiliesWithoutATagKey() {
            var f = CheckTester.of(new MissingTagKeyInConditionCheck())
                    .policy(allow("'StringEquals':{«'aws:ResourceTag'»:'JaneDoe',«'ec2:RequestTag/'»:'x'}"))
                    .expectFindings();
            assertTrue(f.get(0).findingDetails().contains("aws:ResourceTag/tag-key"));
        }

        @Test
        void acceptsTagKeysAndTagKeysLists() {
            CheckTester.of(new MissingTagKeyInConditionCheck())
                    .policy(allow("'StringEquals':{'aws:ResourceTag/team':'a','aws:PrincipalTag/x':'b'},"
                            + "'ForAllValues:StringEquals':{'aws:TagKeys':['team']}"))
                    .expectNoFindings();
        }
    }

    @Nested
    class AudienceClaims {
        @Test
        void forAllValuesOnAnAudienceIsASuggestion() {
            CheckTester.of(new ConfirmAudienceClaimTypeCheck())
                    .policy(allow("'ForAllValues:StringEquals':{«'accounts.google.com:aud'»:'my-app-id'}"))
                    .expectFindings();
        }

        @Test
        void forAnyValueOnAnAudienceIsASecurityWarning() {
            CheckTester.of(new ForAnyValueWithAudienceClaimTypeCheck())
                    .policy(allow("'ForAnyValue:StringEquals':{«'cognito-identity.amazonaws.com:aud'»:'us-east-1:pool',"
                            + "«'token.actions.githubusercontent.com:aud'»:'sts.amazonaws.com'}"))
                    .expectFindings();
        }

        @Test
        void nearMisses() {
            String policy = allow("'StringEquals':{'cognito-identity.amazonaws.com:aud':'us-east-1:pool'},"
                    + "'ForAnyValue:StringLike':{'cognito-identity.amazonaws.com:amr':'authenticated'},"
                    + "'ForAllValues:StringEquals':{'aws:TagKeys':['a']}");
            CheckTester.of(new ConfirmAudienceClaimTypeCheck()).policy(policy).expectNoFindings();
            CheckTester.of(new ForAnyValueWithAudienceClaimTypeCheck()).policy(policy).expectNoFindings();
        }
    }

    @Nested
    class UntrustworthyConditionKey {
        @Test
        void reportsCallerControlledHeaders() {
            CheckTester.of(new UntrustworthyConditionKeyCheck())
                    .policy(allow("'StringLike':{«'aws:UserAgent'»:'MyApp/*',«'aws:referer'»:'https://example.com/*'}"))
                    .expectFindings();
        }

        @Test
        void acceptsKeysAwsSets() {
            CheckTester.of(new UntrustworthyConditionKeyCheck())
                    .policy(allow("'StringEquals':{'aws:SourceVpce':'vpce-0a1b2c3d','aws:PrincipalArn':'x'}"))
                    .expectNoFindings();
        }
    }

    @Nested
    class MissingPairedConditionKeys {
        @Test
        void reportsVpcSourceIpAloneInAnAllow() {
            CheckTester.of(new MissingPairedConditionKeysCheck())
                    .policy(allow("'IpAddress':{«'aws:VpcSourceIp'»:'10.0.0.0/16'}")).expectFindings();
        }

        @Test
        void acceptsItWithSourceVpcAnywhereInTheConditionAndInDenies() {
            CheckTester.of(new MissingPairedConditionKeysCheck())
                    .policy(allow("'IpAddress':{'aws:VpcSourceIp':'10.0.0.0/16'},'StringEquals':{'aws:SourceVpc':'vpc-0a1b2c3d'}"))
                    .expectNoFindings();
            CheckTester.of(new MissingPairedConditionKeysCheck())
                    .policy(deny("'NotIpAddress':{'aws:VpcSourceIp':'10.0.0.0/16'}")).expectNoFindings();
        }
    }

    @Nested
    class PermissivePatterns {
        @Test
        void reportsShortSubjectPrefixesSensitiveKeysAndUserIdLeftOfColon() {
            CheckTester.of(new WildcardUsageTooPermissiveCheck())
                    .policy(allow("'StringLike':{'token.actions.githubusercontent.com:sub':[«'repo:*'»,'repo:my-org/*'],"
                            + "'token.actions.githubusercontent.com:aud':«'sts.*'»,'aws:userid':[«'AROA*:x'»,'AROAEXAMPLE:*',"
                            + "'*:session']}"))
                    .expectFindings();
        }

        @Test
        void reportsVariablesTheSameWay() {
            CheckTester.of(new VariableUsageTooPermissiveCheck())
                    .policy(allow("'StringEquals':{'app.terraform.io:sub':«'org:${aws:PrincipalTag/x}'»,"
                            + "'aws:userid':[«'${aws:PrincipalTag/id}x:s'»,'${aws:PrincipalTag/id}:s','AROAX:${aws:username}']}"))
                    .expectFindings();
        }

        @Test
        void nearMisses() {
            // Account and org keys with a variable are what AWS's own managed policies do.
            String policy = allow("'StringEquals':{'aws:ResourceAccount':'${aws:PrincipalAccount}'},"
                    + "'StringLike':{'kms:ViaService':'s3.*.amazonaws.com','s3:prefix':'*/${aws:PrincipalAccount}/*',"
                    + "'token.actions.githubusercontent.com:sub':'repo:my-org/my-repo:*'},"
                    + "'StringNotLike':{'aws:userid':'AROA*'}");
            CheckTester.of(new WildcardUsageTooPermissiveCheck()).policy(policy).expectNoFindings();
            CheckTester.of(new VariableUsageTooPermissiveCheck()).policy(policy).expectNoFindings();
            CheckTester.of(new WildcardUsageTooPermissiveCheck())
                    .policy(deny("'StringLike':{'token.actions.githubusercontent.com:sub':'repo:*'}")).expectNoFindings();
        }
    }

    @Nested
    class InvalidKmsKeyValue {
        @Test
        void reportsKeyIdsAndAliases() {
            CheckTester.of(new InvalidKmsKeyValueCheck())
                    .policy(allow("'StringEquals':{'s3:x-amz-server-side-encryption-aws-kms-key-id':[«'my-key'»,"
                            + "«'arn:aws:kms:us-east-1:111122223333:alias/my-key'»]}"))
                    .expectFindings();
        }

        @Test
        void acceptsKeyArnsAndArnPatterns() {
            CheckTester.of(new InvalidKmsKeyValueCheck())
                    .policy(allow("'StringEquals':{'s3:x-amz-server-side-encryption-aws-kms-key-id':"
                            + "'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'},"
                            + "'StringLike':{'s3:x-amz-server-side-encryption-aws-kms-key-id':'arn:aws:kms:*:111122223333:key/*'},"
                            + "'StringNotEquals':{'kms:ViaService':'my-key'}"))
                    .expectNoFindings();
        }
    }

    @Nested
    class S3PrefixInNegativeContext {
        @Test
        void reportsDenyWithPositiveAndAllowWithNegatedOperators() {
            CheckTester.of(new S3PrefixInNegativeContextCheck())
                    .policy(deny("'StringLike':{«'s3:prefix'»:'private/*'}")).expectFindings();
            CheckTester.of(new S3PrefixInNegativeContextCheck())
                    .policy(allow("'StringNotEquals':{«'s3:prefix'»:'private/'}")).expectFindings();
        }

        @Test
        void acceptsTheRecommendedForms() {
            CheckTester.of(new S3PrefixInNegativeContextCheck())
                    .policy(allow("'StringLike':{'s3:prefix':'home/*'}")).expectNoFindings();
            CheckTester.of(new S3PrefixInNegativeContextCheck())
                    .policy(deny("'StringNotLike':{'s3:prefix':'home/*'}")).expectNoFindings();
        }
    }

    @Nested
    class DynamoDbAttributesWithoutSelect {
        @Test
        void reportsAttributesWithoutSelect() {
            CheckTester.of(new DynamoDbAttributesWithoutSelectCheck())
                    .policy(allow("'ForAllValues:StringEquals':{«'dynamodb:Attributes'»:['id','name']}"))
                    .expectFindings();
        }

        @Test
        void acceptsAttributesWithSpecificAttributesSelect() {
            CheckTester.of(new DynamoDbAttributesWithoutSelectCheck())
                    .policy(allow("'ForAllValues:StringEquals':{'dynamodb:Attributes':['id','name']},"
                            + "'StringEquals':{'dynamodb:Select':'SPECIFIC_ATTRIBUTES'}"))
                    .expectNoFindings();
            CheckTester.of(new DynamoDbAttributesWithoutSelectCheck())
                    .policy(deny("'ForAnyValue:StringNotEquals':{'dynamodb:Attributes':['id']}")).expectNoFindings();
        }
    }

    @Nested
    class IrrelevantConditionKeyInPolicy {
        private final String bucketPolicy = json("{'Version':'2012-10-17','Statement':[{'Effect':'Allow',"
                + "'Principal':{'AWS':'111122223333'},'Action':'s3:GetObject','Resource':'arn:aws:s3:::b/*',"
                + "'Condition':{'StringEquals':{«'s3:ResourceAccount'»:'111122223333',«'aws:ResourceOrgID'»:'o-a1b2c3d4e5',"
                + "'aws:PrincipalOrgID':'o-a1b2c3d4e5'}}}]}");

        @Test
        void reportsResourceOwnerKeysInABucketPolicy() {
            CheckTester.of(new IrrelevantConditionKeyInPolicyCheck()).policyType(PolicyType.RESOURCE_POLICY)
                    .resourceType("AWS::S3::Bucket").policy(bucketPolicy).expectFindings();
        }

        @Test
        void staysSilentWithoutAResourceType() {
            CheckTester.of(new IrrelevantConditionKeyInPolicyCheck())
                    .policy(allow("'StringEquals':{'aws:ResourceAccount':'111122223333'}")).expectNoFindings();
            CheckTester.of(new IrrelevantConditionKeyInPolicyCheck()).policyType(PolicyType.RESOURCE_POLICY)
                    .policy(bucketPolicy).expectNoFindings();
        }
    }
}
