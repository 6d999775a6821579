package io.iamgate.analyze.local.arn;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class InvalidArnAccountCheckTest {

    @Test
    void reportsAShortAccount() {
        CheckTester.of(new InvalidArnAccountCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "sqs:SendMessage",
                              "Resource": «"arn:aws:sqs:us-east-1:1234:my-queue"»
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void accountIdsAwsAndWildcardsPass() {
        CheckTester.of(new InvalidArnAccountCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "iam:GetPolicy",
                              "Resource": [
                                "arn:aws:iam::aws:policy/ReadOnlyAccess",
                                "arn:aws:sqs:us-east-1:111122223333:q",
                                "arn:aws:sqs:*:*:q",
                                "arn:aws:sqs:us-east-1:${aws:PrincipalAccount}:q"
                              ]
                            }
                          ]
                        }""").expectNoFindings();
    }
}
