package io.iamgate.analyze.local.servicekey;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class DenyNotActionWithUnsupportedTagConditionKeyForServiceCheckTest {

    @Test
    void reportsTheTagKeyOfADenyNotAction() {
        CheckTester.of(new DenyNotActionWithUnsupportedTagConditionKeyForServiceCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Deny",
                              "NotAction": "iam:*",
                              "Resource": "*",
                              "Condition": {
                                "StringEquals": {«"aws:ResourceTag/status"»: "Confidential"}
                              }
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void allowNotActionIsAnotherCheck() {
        CheckTester.of(new DenyNotActionWithUnsupportedTagConditionKeyForServiceCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "NotAction": "iam:*",
                              "Resource": "*",
                              "Condition": {"StringEquals": {"aws:ResourceTag/status": "c"}}
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
