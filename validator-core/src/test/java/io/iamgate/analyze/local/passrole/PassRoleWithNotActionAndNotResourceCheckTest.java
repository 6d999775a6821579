package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class PassRoleWithNotActionAndNotResourceCheckTest {

    @Test
    void notActionNotExcludingPassRole() {
        CheckTester.of(new PassRoleWithNotActionAndNotResourceCheck())
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
    void notActionExcludingIam() {
        CheckTester.of(new PassRoleWithNotActionAndNotResourceCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "NotAction": ["iam:*"],
                              "NotResource": "arn:aws:s3:::b"
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
