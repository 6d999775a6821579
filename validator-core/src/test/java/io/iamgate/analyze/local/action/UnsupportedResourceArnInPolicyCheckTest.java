package io.iamgate.analyze.local.action;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class UnsupportedResourceArnInPolicyCheckTest {

    @Test
    void reportsStarAndOtherServicesInABucketPolicy() {
        CheckTester.of(new UnsupportedResourceArnInPolicyCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .resourceType("AWS::S3::Bucket")
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"AWS": "*"},
                              "Action": "s3:ListBucket",
                              "Resource": [
                                «"*"»,
                                "arn:aws:s3:::b",
                                «"arn:aws:kms:us-east-1:111122223333:key/k"»
                              ]
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void bucketAndObjectArns() {
        CheckTester.of(new UnsupportedResourceArnInPolicyCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .resourceType("AWS::S3::Bucket")
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"AWS": "*"},
                              "Action": "s3:*",
                              "Resource": [
                                "arn:aws:s3:::b",
                                "arn:aws:s3:::b/*",
                                "arn:aws-cn:s3:::b*"
                              ]
                            }
                          ]
                        }""")
                .expectNoFindings();
    }

    @Test
    void accessPointArnsForAnAccessPoint() {
        CheckTester.of(new UnsupportedResourceArnInPolicyCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .resourceType("AWS::S3::AccessPoint")
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"AWS": "*"},
                              "Action": "s3:GetObject",
                              "Resource": "arn:aws:s3:us-east-1:111122223333:accesspoint/ap/object/*"
                            }
                          ]
                        }""")
                .expectNoFindings();
    }

    @Test
    void tableArnsForATable() {
        CheckTester.of(new UnsupportedResourceArnInPolicyCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .resourceType("AWS::DynamoDB::Table")
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"AWS": "*"},
                              "Action": "dynamodb:GetItem",
                              "Resource": [
                                "arn:aws:dynamodb:us-east-1:111122223333:table/t",
                                «"arn:aws:s3:::b"»
                              ]
                            }
                          ]
                        }""")
                .expectFindings();
    }
}
