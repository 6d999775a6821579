package io.iamgate.analyze.local.servicekey;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class DenyWithUnsupportedTagConditionKeyForServiceCheckTest {

    @Test
    void reportsActionsTheDenyNeverCovers() {
        CheckTester.of(new DenyWithUnsupportedTagConditionKeyForServiceCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Deny",
                              "Action": [
                                «"sagemaker:ListAssociations"»,
                                "ec2:TerminateInstances"
                              ],
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
    void supportedActionsAndAllowPass() {
        CheckTester.of(new DenyWithUnsupportedTagConditionKeyForServiceCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Deny",
                              "Action": "ec2:TerminateInstances",
                              "Resource": "*",
                              "Condition": {"StringEquals": {"aws:ResourceTag/status": "c"}}
                            },
                            {
                              "Effect": "Allow",
                              "Action": "sagemaker:ListAssociations",
                              "Resource": "*",
                              "Condition": {"StringEquals": {"aws:ResourceTag/status": "c"}}
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
