package io.iamgate.analyze.local.statement;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class UniqueSidsRequiredCheckTest {

    @Test
    void secondUseOfASidInAnIdentityPolicy() {
        CheckTester.of(new UniqueSidsRequiredCheck()).policy("""
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
                              "Sid": «"A"»,
                              "Effect": "Allow",
                              "Action": "s3:PutObject",
                              "Resource": "*"
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void sidsDifferingInCaseAreDistinct() {
        CheckTester.of(new UniqueSidsRequiredCheck()).policy("""
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
                              "Sid": "a",
                              "Effect": "Allow",
                              "Action": "s3:PutObject",
                              "Resource": "*"
                            }
                          ]
                        }""").expectNoFindings();
    }

    @Test
    void resourcePoliciesOnlyGetTheRecommendation() {
        CheckTester.of(new UniqueSidsRequiredCheck())
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
                              "Sid": "A",
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
