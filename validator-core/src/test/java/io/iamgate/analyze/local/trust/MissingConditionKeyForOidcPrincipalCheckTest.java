package io.iamgate.analyze.local.trust;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class MissingConditionKeyForOidcPrincipalCheckTest {

    @Test
    void oidcWithoutCondition() {
        CheckTester.of(new MissingConditionKeyForOidcPrincipalCheck())
                .policyType(PolicyType.TRUST_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {
                                "Federated": «"arn:aws:iam::111122223333:oidc-provider/oidc.example.com"»
                              },
                              "Action": "sts:AssumeRoleWithWebIdentity"
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void conditionOnAnotherProvider() {
        CheckTester.of(new MissingConditionKeyForOidcPrincipalCheck())
                .policyType(PolicyType.TRUST_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {
                                "Federated": «"arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC"»
                              },
                              "Action": "sts:AssumeRoleWithWebIdentity",
                              "Condition": {
                                "StringEquals": {
                                  "oidc.eks.us-east-1.amazonaws.com/id/XYZ:sub": "system:serviceaccount:ns:sa"
                                }
                              }
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void conditionOnTheProvidersClaim() {
        CheckTester.of(new MissingConditionKeyForOidcPrincipalCheck())
                .policyType(PolicyType.TRUST_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {
                                "Federated": "arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC"
                              },
                              "Action": "sts:AssumeRoleWithWebIdentity",
                              "Condition": {
                                "StringEquals": {
                                  "oidc.eks.us-east-1.amazonaws.com/id/ABC:aud": "sts.amazonaws.com"
                                }
                              }
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
