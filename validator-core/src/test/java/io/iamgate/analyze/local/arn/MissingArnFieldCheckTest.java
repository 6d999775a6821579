package io.iamgate.analyze.local.arn;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class MissingArnFieldCheckTest {

    @Test
    void reportsAnArnWithTooFewFields() {
        CheckTester.of(new MissingArnFieldCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:GetObject",
                              "Resource": [«"arn:aws:s3:my-bucket"», "arn:aws:s3:::b"]
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void sixFieldsWithVariablesPass() {
        CheckTester.of(new MissingArnFieldCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:GetObject",
                              "Resource": [
                                "arn:aws:s3:::b/${aws:username}/*",
                                "*",
                                "arn:aws:sqs:*:*:q"
                              ]
                            }
                          ]
                        }""").expectNoFindings();
    }
}
