package io.iamgate.analyze.local.servicekey;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class StringLikeOperatorWithArnConditionKeysCheckTest {

    @Test
    void reportsStringLikeOnAnArnKey() {
        CheckTester.of(new StringLikeOperatorWithArnConditionKeysCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "*",
                              "Resource": "*",
                              "Condition": {
                                "StringLike": {
                                  «"aws:SourceArn"»: "arn:aws:sns:*:111122223333:*"
                                },
                                "StringNotLikeIfExists": {
                                  «"iam:AssociatedResourceArn"»: "arn:aws:ec2:*"
                                }
                              }
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void arnOperatorsAndStringEqualsPass() {
        CheckTester.of(new StringLikeOperatorWithArnConditionKeysCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "*",
                              "Resource": "*",
                              "Condition": {
                                "ArnLike": {"aws:SourceArn": "arn:aws:sns:*:111122223333:*"},
                                "StringEquals": {
                                  "aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:t"
                                },
                                "StringLike": {"s3:prefix": "a*"}
                              }
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
