package io.iamgate.analyze.local.servicekey;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class AllowNotActionWithUnsupportedTagConditionKeyForServiceCheckTest {

    @Test
    void reportsTheTagKeyOfAnAllowNotAction() {
        CheckTester.of(new AllowNotActionWithUnsupportedTagConditionKeyForServiceCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "NotAction": "iam:*",
                              "Resource": "*",
                              "Condition": {"StringEquals": {«"aws:ResourceTag/team"»: "a"}}
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void actionOrOtherKeysPass() {
        CheckTester.of(new AllowNotActionWithUnsupportedTagConditionKeyForServiceCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "ec2:StopInstances",
                              "Resource": "*",
                              "Condition": {"StringEquals": {"aws:ResourceTag/team": "a"}}
                            },
                            {
                              "Effect": "Allow",
                              "NotAction": "iam:*",
                              "Resource": "*",
                              "Condition": {"StringEquals": {"aws:PrincipalTag/team": "a"}}
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
