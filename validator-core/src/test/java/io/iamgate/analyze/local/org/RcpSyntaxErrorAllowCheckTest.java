package io.iamgate.analyze.local.org;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class RcpSyntaxErrorAllowCheckTest {

    @Test
    void allowOnANamedBucketWithCondition() {
        CheckTester.of(new RcpSyntaxErrorAllowCheck())
                .policyType(PolicyType.RESOURCE_CONTROL_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": "*",
                              "Action": "s3:*",
                              "Resource": «"arn:aws:s3:::b/*"»,
                              «"Condition"»: {"Bool": {"aws:SecureTransport": "true"}}
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void fullAccessShape() {
        CheckTester.of(new RcpSyntaxErrorAllowCheck())
                .policyType(PolicyType.RESOURCE_CONTROL_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": "*",
                              "Action": "*",
                              "Resource": "*"
                            },
                            {
                              "Effect": "Deny",
                              "Principal": "*",
                              "Action": "s3:*",
                              "Resource": "arn:aws:s3:::b/*",
                              "Condition": {"Bool": {"aws:SecureTransport": "false"}}
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
