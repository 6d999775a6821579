package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class PassRoleWithStarInActionAndNotResourceCheckTest {

    @Test
    void iamStarWithNotResource() {
        CheckTester.of(new PassRoleWithStarInActionAndNotResourceCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": ["s3:GetObject", «"iam:*"»],
                              "NotResource": «["arn:aws:iam::111122223333:role/Admin"]»
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void patternNotCoveringPassRole() {
        CheckTester.of(new PassRoleWithStarInActionAndNotResourceCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "iam:Get*",
                              "NotResource": "arn:aws:iam::111122223333:role/Admin"
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
