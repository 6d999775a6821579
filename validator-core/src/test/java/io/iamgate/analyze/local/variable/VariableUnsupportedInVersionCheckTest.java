package io.iamgate.analyze.local.variable;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class VariableUnsupportedInVersionCheckTest {

    @Test
    void oldVersion() {
        CheckTester.of(new VariableUnsupportedInVersionCheck()).policy("""
                        {
                          "Version": "2008-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:*",
                              "Resource": «"arn:aws:s3:::b/${aws:username}"»
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void noVersion() {
        CheckTester.of(new VariableUnsupportedInVersionCheck()).policy("""
                        {
                          "Statement": {
                            "Effect": "Allow",
                            "Action": "s3:*",
                            "Resource": "*",
                            "Condition": {"StringEquals": {"s3:prefix": «"${aws:username}/"»}}
                          }
                        }""").expectFindings();
    }

    @Test
    void currentVersion() {
        CheckTester.of(new VariableUnsupportedInVersionCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:*",
                              "Resource": "arn:aws:s3:::b/${aws:username}"
                            }
                          ]
                        }""").expectNoFindings();
    }

    @Test
    void oldVersionWithoutVariables() {
        CheckTester.of(new VariableUnsupportedInVersionCheck()).policy("""
                        {
                          "Version": "2008-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:*",
                              "Resource": "arn:aws:s3:::b/$x"
                            }
                          ]
                        }""").expectNoFindings();
    }
}
