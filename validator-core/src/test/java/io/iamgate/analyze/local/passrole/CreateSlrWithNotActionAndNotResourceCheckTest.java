package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class CreateSlrWithNotActionAndNotResourceCheckTest {

    @Test
    void notActionWithNotResource() {
        CheckTester.of(new CreateSlrWithNotActionAndNotResourceCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "NotAction": «"s3:*"»,
                              "NotResource": «"arn:aws:s3:::b"»
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void notActionExcludingCreate() {
        CheckTester.of(new CreateSlrWithNotActionAndNotResourceCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "NotAction": "iam:Create*",
                              "NotResource": "arn:aws:s3:::b"
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
