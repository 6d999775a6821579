package io.iamgate.analyze.local.org;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class ScpSyntaxErrorPrincipalCheckTest {

    @Test
    void principalInScp() {
        CheckTester.of(new ScpSyntaxErrorPrincipalCheck())
                .policyType(PolicyType.SERVICE_CONTROL_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Deny",
                              «"Principal"»: "*",
                              "Action": "s3:*",
                              "Resource": "*"
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void conditionOnPrincipalArn() {
        CheckTester.of(new ScpSyntaxErrorPrincipalCheck())
                .policyType(PolicyType.SERVICE_CONTROL_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Deny",
                              "Action": "s3:*",
                              "Resource": "*",
                              "Condition": {
                                "ArnNotLike": {"aws:PrincipalArn": "arn:aws:iam::*:role/Admin"}
                              }
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
