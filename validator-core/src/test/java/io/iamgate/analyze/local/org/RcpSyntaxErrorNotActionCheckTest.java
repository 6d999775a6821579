package io.iamgate.analyze.local.org;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class RcpSyntaxErrorNotActionCheckTest {

    @Test
    void notAction() {
        CheckTester.of(new RcpSyntaxErrorNotActionCheck())
                .policyType(PolicyType.RESOURCE_CONTROL_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Deny",
                              "Principal": "*",
                              «"NotAction"»: "s3:GetObject",
                              "Resource": "*"
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void scpsMayUseIt() {
        CheckTester.of(new RcpSyntaxErrorNotActionCheck())
                .policyType(PolicyType.SERVICE_CONTROL_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {"Effect": "Deny", "NotAction": "s3:GetObject", "Resource": "*"}
                          ]
                        }""")
                .expectNoFindings();
    }
}
