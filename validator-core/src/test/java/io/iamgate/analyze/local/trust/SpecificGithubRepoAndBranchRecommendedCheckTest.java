package io.iamgate.analyze.local.trust;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class SpecificGithubRepoAndBranchRecommendedCheckTest {

    @Test
    void wildcardSubject() {
        CheckTester.of(new SpecificGithubRepoAndBranchRecommendedCheck())
                .policyType(PolicyType.TRUST_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {
                                "Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"
                              },
                              "Action": "sts:AssumeRoleWithWebIdentity",
                              "Condition": {
                                "StringLike": {
                                  "token.actions.githubusercontent.com:sub": [
                                    "repo:o/r:ref:refs/heads/main",
                                    «"repo:org/*"»
                                  ]
                                }
                              }
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void exactSubject() {
        CheckTester.of(new SpecificGithubRepoAndBranchRecommendedCheck())
                .policyType(PolicyType.TRUST_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {
                                "Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"
                              },
                              "Action": "sts:AssumeRoleWithWebIdentity",
                              "Condition": {
                                "StringEquals": {
                                  "token.actions.githubusercontent.com:sub": "repo:org/*"
                                }
                              }
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
