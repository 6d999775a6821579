package io.iamgate.analyze.local.variable;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class MissingBraceInVariableCheckTest {

    @Test
    void unclosedVariable() {
        CheckTester.of(new MissingBraceInVariableCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:*",
                              "Resource": «"arn:aws:s3:::b/${aws:username"»
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void unclosedInConditionValue() {
        CheckTester.of(new MissingBraceInVariableCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:*",
                              "Resource": "*",
                              "Condition": {
                                "StringEquals": {"aws:PrincipalTag/team": «"${aws:username"»}
                              }
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void closedVariables() {
        CheckTester.of(new MissingBraceInVariableCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:*",
                              "Resource": "arn:aws:s3:::b/${aws:username}/${aws:userid}/$literal{"
                            }
                          ]
                        }""").expectNoFindings();
    }
}
