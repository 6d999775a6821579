package io.iamgate.analyze.local.principal;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class RedundantPrincipalInRoleTrustPolicyCheckTest {

    @Test
    void sessionOfATrustedRole() {
        CheckTester.of(new RedundantPrincipalInRoleTrustPolicyCheck())
                .policyType(PolicyType.TRUST_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {
                                "AWS": [
                                  "arn:aws:iam::111122223333:role/ops/R",
                                  «"arn:aws:sts::111122223333:assumed-role/R/s"»
                                ]
                              },
                              "Action": "sts:AssumeRole"
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void sessionOfAnotherRoleOrAccount() {
        CheckTester.of(new RedundantPrincipalInRoleTrustPolicyCheck())
                .policyType(PolicyType.TRUST_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {
                                "AWS": [
                                  "arn:aws:iam::111122223333:role/R",
                                  "arn:aws:sts::111122223333:assumed-role/Other/s",
                                  "arn:aws:sts::444455556666:assumed-role/R/s"
                                ]
                              },
                              "Action": "sts:AssumeRole"
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
