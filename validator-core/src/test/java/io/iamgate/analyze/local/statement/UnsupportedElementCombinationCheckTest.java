package io.iamgate.analyze.local.statement;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class UnsupportedElementCombinationCheckTest {

    @Test
    void actionWithNotAction() {
        CheckTester.of(new UnsupportedElementCombinationCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:*",
                              «"NotAction"»: "s3:DeleteBucket",
                              "Resource": "*"
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void principalWithNotPrincipal() {
        CheckTester.of(new UnsupportedElementCombinationCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Deny",
                              "Principal": "*",
                              «"NotPrincipal"»: {"AWS": "arn:aws:iam::111122223333:root"},
                              "Action": "s3:*",
                              "Resource": "*"
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void eachElementAloneIsFine() {
        CheckTester.of(new UnsupportedElementCombinationCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "NotAction": "s3:*",
                              "NotResource": "arn:aws:s3:::b"
                            }
                          ]
                        }""").expectNoFindings();
    }
}
