package io.iamgate.analyze.local.variable;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class EmptyVariableCheckTest {

    @Test
    void emptyBraces() {
        CheckTester.of(new EmptyVariableCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:*",
                              "Resource": «"arn:aws:s3:::b/${}"»
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void specialCharacterVariables() {
        CheckTester.of(new EmptyVariableCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:*",
                              "Resource": "arn:aws:s3:::b/${*}${?}${$}"
                            }
                          ]
                        }""").expectNoFindings();
    }
}
