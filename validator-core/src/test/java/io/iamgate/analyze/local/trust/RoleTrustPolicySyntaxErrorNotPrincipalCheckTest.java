package io.iamgate.analyze.local.trust;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class RoleTrustPolicySyntaxErrorNotPrincipalCheckTest {

    @Test
    void notPrincipal() {
        CheckTester.of(new RoleTrustPolicySyntaxErrorNotPrincipalCheck())
                .policyType(PolicyType.TRUST_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Deny",
                              «"NotPrincipal"»: {"AWS": "arn:aws:iam::111122223333:root"},
                              "Action": "sts:AssumeRole"
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void bucketPoliciesMayUseIt() {
        CheckTester.of(new RoleTrustPolicySyntaxErrorNotPrincipalCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Deny",
                              "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:root"},
                              "Action": "s3:*",
                              "Resource": "arn:aws:s3:::b/*"
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
