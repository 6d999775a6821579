package io.iamgate.analyze.local.principal;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class AllowWithNotPrincipalCheckTest {

    @Test
    void allowWithNotPrincipal() {
        CheckTester.of(new AllowWithNotPrincipalCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              «"NotPrincipal"»: {"AWS": "arn:aws:iam::111122223333:root"},
                              "Action": "s3:GetObject",
                              "Resource": "arn:aws:s3:::b/*"
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void denyWithNotPrincipal() {
        CheckTester.of(new AllowWithNotPrincipalCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Deny",
                              "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:root"},
                              "Action": "s3:GetObject",
                              "Resource": "arn:aws:s3:::b/*"
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
