package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class PassRoleWithStarInResourceAndNotActionCheckTest {

    @Test
    void notActionOnStar() {
        CheckTester.of(new PassRoleWithStarInResourceAndNotActionCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "NotAction": «["s3:*", "ec2:*"]»,
                              "Resource": «"*"»
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void powerUserShape() {
        CheckTester.of(new PassRoleWithStarInResourceAndNotActionCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "NotAction": ["iam:*", "organizations:*", "account:*"],
                              "Resource": "*"
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
