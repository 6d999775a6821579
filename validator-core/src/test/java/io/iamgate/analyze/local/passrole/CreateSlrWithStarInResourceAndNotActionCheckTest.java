package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class CreateSlrWithStarInResourceAndNotActionCheckTest {

    @Test
    void notActionOnStar() {
        CheckTester.of(new CreateSlrWithStarInResourceAndNotActionCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {"Effect": "Allow", "NotAction": «"s3:*"», "Resource": «"*"»}
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void notActionExcludingIam() {
        CheckTester.of(new CreateSlrWithStarInResourceAndNotActionCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "NotAction": ["iam:*", "organizations:*"],
                              "Resource": "*"
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
