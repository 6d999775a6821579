package io.iamgate.analyze.local.servicekey;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class UnsupportedActionForConditionKeyCheckTest {

    @Test
    void reportsActionsThatDoNotTakeTheKeyThenTheValue() {
        CheckTester.of(new UnsupportedActionForConditionKeyCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"Federated": "cognito-identity.amazonaws.com"},
                              "Action": ["sts:AssumeRoleWithWebIdentity", «"sts:TagSession"»],
                              "Condition": {
                                "StringEquals": {
                                  "cognito-identity.amazonaws.com:aud": «"us-west-2_EXAMPLE"»
                                }
                              }
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void supportedWildcardAndOwnServiceKeysPass() {
        CheckTester.of(new UnsupportedActionForConditionKeyCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"Federated": "cognito-identity.amazonaws.com"},
                              "Action": ["sts:AssumeRoleWithWebIdentity", "sts:Tag*"],
                              "Condition": {
                                "StringEquals": {"cognito-identity.amazonaws.com:aud": "x"}
                              }
                            },
                            {
                              "Effect": "Allow",
                              "Action": ["s3:GetObject", "s3:ListBucket"],
                              "Resource": "*",
                              "Condition": {"StringEquals": {"s3:prefix": "home/"}}
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
