package io.iamgate.analyze.local.variable;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class VariableUnsupportedInElementCheckTest {

    @Test
    void variableInAction() {
        CheckTester.of(new VariableUnsupportedInElementCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": «"s3:${aws:username}"»,
                              "Resource": "*"
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void variableInPrincipal() {
        CheckTester.of(new VariableUnsupportedInElementCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {
                                "AWS": «"arn:aws:iam::111122223333:user/${aws:username}"»
                              },
                              "Action": "s3:GetObject",
                              "Resource": "arn:aws:s3:::b/*"
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void variableInResource() {
        CheckTester.of(new VariableUnsupportedInElementCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:*",
                              "Resource": "arn:aws:s3:::b/${aws:username}"
                            }
                          ]
                        }""").expectNoFindings();
    }
}
