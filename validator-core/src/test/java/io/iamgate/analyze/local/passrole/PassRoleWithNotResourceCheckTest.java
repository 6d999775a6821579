package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class PassRoleWithNotResourceCheckTest {

    @Test
    void passRoleWithNotResource() {
        CheckTester.of(new PassRoleWithNotResourceCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": «"iam:PassRole"»,
                              "NotResource": «"arn:aws:iam::111122223333:role/Admin"»
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void denyAndWildcardAction() {
        CheckTester.of(new PassRoleWithNotResourceCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Deny",
                              "Action": "iam:PassRole",
                              "NotResource": "arn:aws:iam::111122223333:role/Ok"
                            },
                            {
                              "Effect": "Allow",
                              "Action": "iam:*",
                              "NotResource": "arn:aws:iam::111122223333:role/Admin"
                            }
                          ]
                        }""").expectNoFindings();
    }
}
