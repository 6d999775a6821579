package io.iamgate.analyze.local.principal;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class RestrictAccessToServicePrincipalCheckTest {

    @Test
    void serviceWithoutSource() {
        CheckTester.of(new RestrictAccessToServicePrincipalCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"Service": «"sns.amazonaws.com"»},
                              "Action": "sqs:SendMessage",
                              "Resource": "arn:aws:sqs:us-east-1:111122223333:q"
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void serviceWithSourceAccount() {
        CheckTester.of(new RestrictAccessToServicePrincipalCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"Service": "sns.amazonaws.com"},
                              "Action": "sqs:SendMessage",
                              "Resource": "arn:aws:sqs:us-east-1:111122223333:q",
                              "Condition": {
                                "StringEquals": {"aws:SourceAccount": "111122223333"}
                              }
                            }
                          ]
                        }""")
                .expectNoFindings();
    }

    @Test
    void trustPoliciesAreAssumedByServices() {
        CheckTester.of(new RestrictAccessToServicePrincipalCheck())
                .policyType(PolicyType.TRUST_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"Service": "lambda.amazonaws.com"},
                              "Action": "sts:AssumeRole"
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
