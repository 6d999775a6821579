package io.iamgate.analyze.local.action;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class UnsupportedActionInPolicyCheckTest {

    @Test
    void reportsAnotherServiceInABucketPolicy() {
        CheckTester.of(new UnsupportedActionInPolicyCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .resourceType("AWS::S3::Bucket")
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"AWS": "111122223333"},
                              "Action": ["s3:GetObject", «"kms:Decrypt"»],
                              "Resource": "arn:aws:s3:::b/*"
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void s3ActionsInABucketPolicy() {
        CheckTester.of(new UnsupportedActionInPolicyCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .resourceType("AWS::S3::Bucket")
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"AWS": "111122223333"},
                              "Action": ["s3:GetObject", "s3:*", "*"],
                              "Resource": "arn:aws:s3:::b/*"
                            }
                          ]
                        }""")
                .expectNoFindings();
    }

    @Test
    void withoutResourceTypeNothingIsJudged() {
        CheckTester.of(new UnsupportedActionInPolicyCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"AWS": "111122223333"},
                              "Action": "kms:Decrypt",
                              "Resource": "*"
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
