package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class CreateSlrWithNotResourceCheckTest {

    @Test
    void createSlrWithNotResource() {
        CheckTester.of(new CreateSlrWithNotResourceCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": «"iam:CreateServiceLinkedRole"»,
                              "NotResource": «"arn:aws:iam::*:role/aws-service-role/x.amazonaws.com/*"»
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void resourceNamed() {
        CheckTester.of(new CreateSlrWithNotResourceCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "iam:CreateServiceLinkedRole",
                              "Resource": "arn:aws:iam::*:role/aws-service-role/x.amazonaws.com/*"
                            }
                          ]
                        }""").expectNoFindings();
    }
}
