package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class CreateSlrWithStarInActionAndResourceCheckTest {

    @Test
    void administratorAccess() {
        CheckTester.of(new CreateSlrWithStarInActionAndResourceCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [{"Effect": "Allow", "Action": «"*"», "Resource": «"*"»}]
                        }""")
                .expectFindings();
    }

    @Test
    void exactActionIsTheOtherCheck() {
        CheckTester.of(new CreateSlrWithStarInActionAndResourceCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "iam:CreateServiceLinkedRole",
                              "Resource": "*"
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
