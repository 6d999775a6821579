package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class PassRoleWithStarInActionAndResourceCheckTest {

    @Test
    void administratorAccess() {
        CheckTester.of(new PassRoleWithStarInActionAndResourceCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [{"Effect": "Allow", "Action": «"*"», "Resource": «"*"»}]
                        }""")
                .expectFindings();
    }

    @Test
    void unrelatedConditionDoesNotRestrict() {
        CheckTester.of(new PassRoleWithStarInActionAndResourceCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": «"iam:Pass*"»,
                              "Resource": «"*"»,
                              "Condition": {"Bool": {"aws:IsMcpServiceAction": "true"}}
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void passedToServiceRestricts() {
        CheckTester.of(new PassRoleWithStarInActionAndResourceCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "iam:*",
                              "Resource": "*",
                              "Condition": {
                                "StringLike": {"iam:PassedToService": "lambda.amazonaws.com"}
                              }
                            }
                          ]
                        }""")
                .expectNoFindings();
    }

    @Test
    void scpsOnlyRestrict() {
        CheckTester.of(new PassRoleWithStarInActionAndResourceCheck())
                .policyType(PolicyType.SERVICE_CONTROL_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]
                        }""")
                .expectNoFindings();
    }
}
