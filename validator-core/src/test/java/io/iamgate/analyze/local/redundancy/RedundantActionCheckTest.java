package io.iamgate.analyze.local.redundancy;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class RedundantActionCheckTest {

    @Test
    void reportsEachGroupWithAllItsEntries() {
        CheckTester.of(new RedundantActionCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": [
                                «"iam:Get*"»,
                                "iam:List*",
                                «"iam:GetCredentialReport"»,
                                «"ec2:DescribeVpcs"»,
                                «"EC2:describevpcs"»
                              ],
                              "Resource": "*"
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void coverageByTheReferenceNotOnlyByText() {
        CheckTester.of(new RedundantActionCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": [«"s3:*Object"», «"s3:GetObject"», "s3:GetObjectAcl"],
                              "Resource": "*"
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void distinctActionsAndSeparateElementsPass() {
        CheckTester.of(new RedundantActionCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": ["iam:GetRole", "iam:ListRoles", "s3:Get*"],
                              "NotAction": "iam:GetRole",
                              "Resource": "*"
                            }
                          ]
                        }""").expectNoFindings();
    }
}
