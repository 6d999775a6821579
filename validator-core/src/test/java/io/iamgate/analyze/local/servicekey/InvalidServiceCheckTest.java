package io.iamgate.analyze.local.servicekey;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class InvalidServiceCheckTest {

    @Test
    void reportsUnknownServicesInArnsKeysAndArnValues() {
        CheckTester.of(new InvalidServiceCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "bedrock:*",
                              "Resource": «"arn:aws:nosuchservice:*:*:project/*"»,
                              "Condition": {
                                "StringEquals": {«"nosuch:Thing"»: "x"},
                                "ArnLike": {
                                  "aws:SourceArn": [
                                    «"arn:aws:nosuch:us-east-1:111122223333:x"»,
                                    "arn:aws:sns:*:*:t"
                                  ]
                                }
                              }
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void knownServicesAndIdentityProviderKeysPass() {
        CheckTester.of(new InvalidServiceCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "*",
                              "Resource": ["arn:aws:sqs:*:*:q", "arn:aws:*:*:*:*"],
                              "Condition": {
                                "StringEquals": {
                                  "token.actions.githubusercontent.com:sub": "repo:o/r:ref:refs/heads/main",
                                  "accounts.google.com:aud": "x",
                                  "s3:prefix": "a",
                                  "aws:SourceAccount": "111122223333"
                                }
                              }
                            }
                          ]
                        }""").expectNoFindings();
    }
}
