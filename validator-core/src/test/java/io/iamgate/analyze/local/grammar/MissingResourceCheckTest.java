package io.iamgate.analyze.local.grammar;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class MissingResourceCheckTest {

    @Test
    void reportsTheStatementWithoutResource() {
        CheckTester.of(new MissingResourceCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [«{"Effect": "Allow", "Action": "s3:GetObject"}»]
                        }""").expectFindings();
    }

    @Test
    void trustPoliciesHaveNoResource() {
        CheckTester.of(new MissingResourceCheck())
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
