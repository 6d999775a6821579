package io.iamgate.analyze.local.trust;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class MissingGithubRepoConditionKeyCheckTest {

    @Test
    void onlyAudience() {
        CheckTester.of(new MissingGithubRepoConditionKeyCheck())
                .policyType(PolicyType.TRUST_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {
                                "Federated": «"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"»
                              },
                              "Action": "sts:AssumeRoleWithWebIdentity",
                              "Condition": {
                                "StringEquals": {
                                  "token.actions.githubusercontent.com:aud": "sts.amazonaws.com"
                                }
                              }
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void subjectPresent() {
        CheckTester.of(new MissingGithubRepoConditionKeyCheck())
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
                                  "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
                                  "token.actions.githubusercontent.com:sub": "repo:o/r:ref:refs/heads/main"
                                }
                              }
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
