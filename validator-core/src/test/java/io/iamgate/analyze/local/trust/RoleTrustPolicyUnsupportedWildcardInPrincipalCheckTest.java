package io.iamgate.analyze.local.trust;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class RoleTrustPolicyUnsupportedWildcardInPrincipalCheckTest {

    @Test
    void starPrincipal() {
        CheckTester.of(new RoleTrustPolicyUnsupportedWildcardInPrincipalCheck())
                .policyType(PolicyType.TRUST_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {"Effect": "Allow", "Principal": «"*"», "Action": "sts:AssumeRole"}
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void awsStar() {
        CheckTester.of(new RoleTrustPolicyUnsupportedWildcardInPrincipalCheck())
                .policyType(PolicyType.TRUST_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"AWS": «"*"»},
                              "Action": "sts:AssumeRole"
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void namedAccount() {
        CheckTester.of(new RoleTrustPolicyUnsupportedWildcardInPrincipalCheck())
                .policyType(PolicyType.TRUST_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"AWS": "arn:aws:iam::111122223333:root"},
                              "Action": "sts:AssumeRole"
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
