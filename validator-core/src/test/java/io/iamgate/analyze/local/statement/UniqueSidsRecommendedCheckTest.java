package io.iamgate.analyze.local.statement;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class UniqueSidsRecommendedCheckTest {

    @Test
    void secondUseOfASidInABucketPolicy() {
        CheckTester.of(new UniqueSidsRecommendedCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .resourceType("AWS::S3::Bucket")
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Sid": "A",
                              "Effect": "Allow",
                              "Principal": "*",
                              "Action": "s3:GetObject",
                              "Resource": "arn:aws:s3:::b/*"
                            },
                            {
                              "Sid": «"A"»,
                              "Effect": "Deny",
                              "Principal": "*",
                              "Action": "s3:PutObject",
                              "Resource": "arn:aws:s3:::b/*"
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void identityPoliciesGetTheError() {
        CheckTester.of(new UniqueSidsRecommendedCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Sid": "A",
                              "Effect": "Allow",
                              "Action": "s3:GetObject",
                              "Resource": "*"
                            },
                            {
                              "Sid": "A",
                              "Effect": "Allow",
                              "Action": "s3:PutObject",
                              "Resource": "*"
                            }
                          ]
                        }""").expectNoFindings();
    }

    @Test
    void emptySidsAreNotIds() {
        CheckTester.of(new UniqueSidsRecommendedCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Sid": "",
                              "Effect": "Allow",
                              "Principal": "*",
                              "Action": "s3:GetObject",
                              "Resource": "arn:aws:s3:::b/*"
                            },
                            {
                              "Sid": "",
                              "Effect": "Deny",
                              "Principal": "*",
                              "Action": "s3:PutObject",
                              "Resource": "arn:aws:s3:::b/*"
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
