package io.iamgate.analyze.local.arn;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class InvalidArnServiceCaseCheckTest {

    @Test
    void reportsAnUppercaseService() {
        CheckTester.of(new InvalidArnServiceCaseCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:GetObject",
                              "Resource": «"arn:aws:S3:::my-bucket/*"»
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void lowercaseAndVariablesPass() {
        CheckTester.of(new InvalidArnServiceCaseCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:GetObject",
                              "Resource": ["arn:aws:s3:::My-Bucket/*", "arn:aws:${Service}:::x"]
                            }
                          ]
                        }""").expectNoFindings();
    }
}
