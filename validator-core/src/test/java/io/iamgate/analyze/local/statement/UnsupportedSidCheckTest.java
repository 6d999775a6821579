package io.iamgate.analyze.local.statement;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class UnsupportedSidCheckTest {

    @Test
    void spaceAndHyphenInAnIdentityPolicy() {
        CheckTester.of(new UnsupportedSidCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Sid": «"my-statement 1"»,
                              "Effect": "Allow",
                              "Action": "s3:GetObject",
                              "Resource": "*"
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void scpSidsAreAlphanumericToo() {
        CheckTester.of(new UnsupportedSidCheck())
                .policyType(PolicyType.SERVICE_CONTROL_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Sid": «"Deny_All"»,
                              "Effect": "Deny",
                              "Action": "*",
                              "Resource": "*"
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void alphanumericSid() {
        CheckTester.of(new UnsupportedSidCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Sid": "AllowRead2",
                              "Effect": "Allow",
                              "Action": "s3:GetObject",
                              "Resource": "*"
                            }
                          ]
                        }""").expectNoFindings();
    }

    @Test
    void bucketPoliciesAcceptOtherCharacters() {
        CheckTester.of(new UnsupportedSidCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .resourceType("AWS::S3::Bucket")
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Sid": "public read",
                              "Effect": "Allow",
                              "Principal": "*",
                              "Action": "s3:GetObject",
                              "Resource": "arn:aws:s3:::b/*"
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
