package io.iamgate.analyze.local.arn;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class MissingArnAccountCheckTest {

    @Test
    void reportsAnAccountlessResourceInARegion() {
        CheckTester.of(new MissingArnAccountCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "sqs:*",
                              "Resource": «"arn:aws:sqs:us-east-1::my-queue"»
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void wildcardRegionAwsOwnedAndAccountlessTypesPass() {
        CheckTester.of(new MissingArnAccountCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "*",
                              "Resource": [
                                "arn:aws:ssm:*::document/AWS-RunShellScript",
                                "arn:aws:s3:::b",
                                "arn:aws:sqs:us-east-1:111122223333:q"
                              ]
                            }
                          ]
                        }""").expectNoFindings();
    }
}
