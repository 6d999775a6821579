package io.iamgate.analyze.local.principal;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class InvalidServicePrincipalFormatCheckTest {

    @Test
    void calledViaNamesAServiceNotASubPrincipal() {
        CheckTester.of(new InvalidServicePrincipalFormatCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:GetObject",
                              "Resource": "*",
                              "Condition": {
                                "ForAnyValue:StringEquals": {
                                  "aws:CalledVia": [
                                    "cloudformation.amazonaws.com",
                                    «"application-signals.cloudwatch.amazonaws.com"»
                                  ]
                                }
                              }
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void upperCaseServicePrincipal() {
        CheckTester.of(new InvalidServicePrincipalFormatCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"Service": «"Lambda.amazonaws.com"»},
                              "Action": "sqs:SendMessage",
                              "Resource": "arn:aws:sqs:us-east-1:111122223333:q"
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void principalServiceNameWithoutSuffix() {
        CheckTester.of(new InvalidServicePrincipalFormatCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Deny",
                              "Action": "s3:*",
                              "Resource": "*",
                              "Condition": {
                                "StringNotEquals": {"aws:PrincipalServiceName": «"cloudtrail"»}
                              }
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void validPrincipalsAndOtherKeys() {
        CheckTester.of(new InvalidServicePrincipalFormatCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {
                                "Service": [
                                  "delivery.logs.amazonaws.com",
                                  "elasticmapreduce.amazonaws.com.cn",
                                  "alexa-appkit.amazon.com"
                                ]
                              },
                              "Action": "s3:PutObject",
                              "Resource": "arn:aws:s3:::b/*",
                              "Condition": {
                                "StringLike": {
                                  "aws:CalledVia": "athena.*",
                                  "iam:PassedToService": "application-signals.cloudwatch.amazonaws.com",
                                  "kms:ViaService": "s3.*.amazonaws.com"
                                }
                              }
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
