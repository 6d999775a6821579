package io.iamgate.analyze.local.variable;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class UnsupportedSpaceInVariableCheckTest {

    @Test
    void spaceInName() {
        CheckTester.of(new UnsupportedSpaceInVariableCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:*",
                              "Resource": «"arn:aws:s3:::b/${aws: username}"»
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void spaceAfterDefaultComma() {
        CheckTester.of(new UnsupportedSpaceInVariableCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:*",
                              "Resource": "arn:aws:s3:::b/${aws:PrincipalTag/team, 'a b'}"
                            }
                          ]
                        }""").expectNoFindings();
    }
}
