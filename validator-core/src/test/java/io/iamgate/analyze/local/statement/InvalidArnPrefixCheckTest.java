package io.iamgate.analyze.local.statement;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class InvalidArnPrefixCheckTest {

    @Test
    void resourceWithoutArnPrefix() {
        CheckTester.of(new InvalidArnPrefixCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:GetObject",
                              "Resource": ["arn:aws:s3:::b", «"aws:s3:::my-bucket/*"»]
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void notResourceToo() {
        CheckTester.of(new InvalidArnPrefixCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Deny",
                              "Action": "s3:*",
                              "NotResource": «"ARN:aws:s3:::b"»
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void starAndArns() {
        CheckTester.of(new InvalidArnPrefixCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:GetObject",
                              "Resource": ["*", "arn:aws:s3:::b/${aws:username}"]
                            }
                          ]
                        }""").expectNoFindings();
    }
}
