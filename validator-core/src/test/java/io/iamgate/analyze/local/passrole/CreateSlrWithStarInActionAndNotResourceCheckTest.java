package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class CreateSlrWithStarInActionAndNotResourceCheckTest {

    @Test
    void iamStarWithNotResource() {
        CheckTester.of(new CreateSlrWithStarInActionAndNotResourceCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": «"iam:*"»,
                              "NotResource": «"arn:aws:iam::111122223333:role/x"»
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void patternNotCoveringCreateSlr() {
        CheckTester.of(new CreateSlrWithStarInActionAndNotResourceCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "iam:Pass*",
                              "NotResource": "arn:aws:iam::111122223333:role/x"
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
