package io.iamgate.analyze.local.statement;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class RedundantStatementCheckTest {

    @Test
    void sameGrantInOtherOrderAndCase() {
        CheckTester.of(new RedundantStatementCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Sid": "One",
                              "Effect": "Allow",
                              "Action": ["s3:GetObject", "s3:PutObject"],
                              "Resource": "*"
                            },
                            «{
                              "Sid": "Two",
                              "Resource": ["*"],
                              "Effect": "Allow",
                              "Action": ["s3:putobject", "s3:GetObject"]
                            }»
                          ]
                        }""").expectFindings();
    }

    @Test
    void sameConditionWithKeyInOtherCase() {
        CheckTester.of(new RedundantStatementCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:GetObject",
                              "Resource": "*",
                              "Condition": {"Bool": {"aws:SecureTransport": "true"}}
                            },
                            «{
                              "Effect": "Allow",
                              "Action": "s3:GetObject",
                              "Resource": "*",
                              "Condition": {"Bool": {"aws:securetransport": "true"}}
                            }»
                          ]
                        }""").expectFindings();
    }

    @Test
    void differentEffect() {
        CheckTester.of(new RedundantStatementCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},
                            {"Effect": "Deny", "Action": "s3:GetObject", "Resource": "*"}
                          ]
                        }""").expectNoFindings();
    }

    @Test
    void differentCondition() {
        CheckTester.of(new RedundantStatementCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},
                            {
                              "Effect": "Allow",
                              "Action": "s3:GetObject",
                              "Resource": "*",
                              "Condition": {"Bool": {"aws:SecureTransport": "true"}}
                            }
                          ]
                        }""").expectNoFindings();
    }

    @Test
    void resourceArnsAreCaseSensitive() {
        CheckTester.of(new RedundantStatementCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:GetObject",
                              "Resource": "arn:aws:s3:::b/A"
                            },
                            {
                              "Effect": "Allow",
                              "Action": "s3:GetObject",
                              "Resource": "arn:aws:s3:::b/a"
                            }
                          ]
                        }""").expectNoFindings();
    }
}
