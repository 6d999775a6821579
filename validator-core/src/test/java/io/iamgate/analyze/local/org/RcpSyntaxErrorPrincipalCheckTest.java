package io.iamgate.analyze.local.org;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class RcpSyntaxErrorPrincipalCheckTest {

    @Test
    void namedAccount() {
        CheckTester.of(new RcpSyntaxErrorPrincipalCheck())
                .policyType(PolicyType.RESOURCE_CONTROL_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Deny",
                              "Principal": «{"AWS": "111122223333"}»,
                              "Action": "s3:*",
                              "Resource": "*"
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void notPrincipal() {
        CheckTester.of(new RcpSyntaxErrorPrincipalCheck())
                .policyType(PolicyType.RESOURCE_CONTROL_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Deny",
                              «"NotPrincipal"»: {"AWS": "111122223333"},
                              "Action": "s3:*",
                              "Resource": "*"
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void star() {
        CheckTester.of(new RcpSyntaxErrorPrincipalCheck())
                .policyType(PolicyType.RESOURCE_CONTROL_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Deny",
                              "Principal": "*",
                              "Action": "s3:*",
                              "Resource": "*",
                              "Condition": {
                                "StringNotEqualsIfExists": {"aws:PrincipalOrgID": "o-1"}
                              }
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
