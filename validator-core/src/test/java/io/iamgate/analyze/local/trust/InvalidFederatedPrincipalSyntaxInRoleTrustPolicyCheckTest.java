package io.iamgate.analyze.local.trust;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class InvalidFederatedPrincipalSyntaxInRoleTrustPolicyCheckTest {

    @Test
    void notAProvider() {
        CheckTester.of(new InvalidFederatedPrincipalSyntaxInRoleTrustPolicyCheck())
                .policyType(PolicyType.TRUST_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"Federated": «"not a provider"»},
                              "Action": "sts:AssumeRoleWithSAML"
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void arnOfSomethingElse() {
        CheckTester.of(new InvalidFederatedPrincipalSyntaxInRoleTrustPolicyCheck())
                .policyType(PolicyType.TRUST_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"Federated": «"arn:aws:iam::111122223333:role/R"»},
                              "Action": "sts:AssumeRoleWithSAML"
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void providersAndDomains() {
        CheckTester.of(new InvalidFederatedPrincipalSyntaxInRoleTrustPolicyCheck())
                .policyType(PolicyType.TRUST_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {
                                "Federated": [
                                  "arn:aws:iam::111122223333:saml-provider/P",
                                  "arn:aws:iam::111122223333:oidc-provider/oidc.example.com",
                                  "accounts.google.com"
                                ]
                              },
                              "Action": "sts:AssumeRoleWithWebIdentity",
                              "Condition": {"StringEquals": {"accounts.google.com:aud": "x"}}
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
