package io.iamgate.analyze.local.servicekey;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class AllowWithUnsupportedTagConditionKeyForServiceCheckTest {

    @Test
    void reportsActionsWithoutTagSupportThenTheKey() {
        CheckTester.of(new AllowWithUnsupportedTagConditionKeyForServiceCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": [«"sagemaker:ListAssociations"», "ec2:StopInstances"],
                              "Resource": "*",
                              "Condition": {"StringEquals": {«"aws:ResourceTag/team"»: "a"}}
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void supportedCreateNullAndDenyPass() {
        CheckTester.of(new AllowWithUnsupportedTagConditionKeyForServiceCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": ["ec2:StopInstances", "ec2:RunInstances"],
                              "Resource": "*",
                              "Condition": {"StringEquals": {"aws:ResourceTag/team": "a"}}
                            },
                            {
                              "Effect": "Allow",
                              "Action": "sagemaker:ListAssociations",
                              "Resource": "*",
                              "Condition": {"Null": {"aws:ResourceTag/team": "false"}}
                            },
                            {
                              "Effect": "Deny",
                              "Action": "sagemaker:ListAssociations",
                              "Resource": "*",
                              "Condition": {"StringEquals": {"aws:ResourceTag/team": "a"}}
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
