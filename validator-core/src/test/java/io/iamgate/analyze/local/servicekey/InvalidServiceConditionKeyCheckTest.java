package io.iamgate.analyze.local.servicekey;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class InvalidServiceConditionKeyCheckTest {

    @Test
    void reportsAKeyTheServiceDoesNotDefine() {
        CheckTester.of(new InvalidServiceConditionKeyCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:GetObject",
                              "Resource": "*",
                              "Condition": {
                                "StringEquals": {«"s3:NoSuchKey"»: "x", "s3:prefix": "home/"}
                              }
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void definedTagAndProviderKeysPass() {
        CheckTester.of(new InvalidServiceConditionKeyCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "*",
                              "Resource": "*",
                              "Condition": {
                                "StringEquals": {
                                  "secretsmanager:ResourceTag/team": "a",
                                  "ec2:ResourceTag/x": "b",
                                  "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
                                  "oidc.eks.us-east-1.amazonaws.com/id/ABC:sub": "system:serviceaccount:a:b",
                                  "s3:x-amz-server-side-encryption": "AES256"
                                }
                              }
                            }
                          ]
                        }""").expectNoFindings();
    }
}
