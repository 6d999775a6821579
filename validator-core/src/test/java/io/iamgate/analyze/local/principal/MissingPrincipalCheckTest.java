package io.iamgate.analyze.local.principal;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class MissingPrincipalCheckTest {

    @Test
    void bucketPolicyStatementWithoutPrincipal() {
        CheckTester.of(new MissingPrincipalCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            «{
                              "Effect": "Allow",
                              "Action": "s3:GetObject",
                              "Resource": "arn:aws:s3:::b/*"
                            }»
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void trustPolicyStatementWithoutPrincipal() {
        CheckTester.of(new MissingPrincipalCheck())
                .policyType(PolicyType.TRUST_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [«{"Effect": "Allow", "Action": "sts:AssumeRole"}»]
                        }""")
                .expectFindings();
    }

    @Test
    void notPrincipalCounts() {
        CheckTester.of(new MissingPrincipalCheck())
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

    @Test
    void identityPoliciesHaveNoPrincipal() {
        CheckTester.of(new MissingPrincipalCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}
                          ]
                        }""").expectNoFindings();
    }
}
