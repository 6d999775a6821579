package io.iamgate.analyze.local.principal;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class UnsupportedWildcardInPrincipalCheckTest {

    @Test
    void wildcardInUserArn() {
        CheckTester.of(new UnsupportedWildcardInPrincipalCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {
                                "AWS": [
                                  "arn:aws:iam::111122223333:root",
                                  «"arn:aws:iam::111122223333:user/*"»
                                ]
                              },
                              "Action": "s3:GetObject",
                              "Resource": "arn:aws:s3:::b/*"
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void wildcardService() {
        CheckTester.of(new UnsupportedWildcardInPrincipalCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"Service": «"*.amazonaws.com"»},
                              "Action": "s3:GetObject",
                              "Resource": "arn:aws:s3:::b/*"
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void anyoneIsNotAPattern() {
        CheckTester.of(new UnsupportedWildcardInPrincipalCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": "*",
                              "Action": "s3:GetObject",
                              "Resource": "arn:aws:s3:::b/*"
                            },
                            {
                              "Effect": "Allow",
                              "Principal": {"AWS": "*"},
                              "Action": "s3:GetObject",
                              "Resource": "arn:aws:s3:::b/*"
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
