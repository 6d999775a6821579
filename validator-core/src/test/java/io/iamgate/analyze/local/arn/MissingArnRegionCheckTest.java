package io.iamgate.analyze.local.arn;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class MissingArnRegionCheckTest {

    @Test
    void reportsARegionalResourceWithoutRegion() {
        CheckTester.of(new MissingArnRegionCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "sqs:*",
                              "Resource": «"arn:aws:sqs::111122223333:my-queue"»
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void globalResourcesAndStarRegionPass() {
        CheckTester.of(new MissingArnRegionCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "*",
                              "Resource": [
                                "arn:aws:iam::111122223333:role/r",
                                "arn:aws:s3:::b",
                                "arn:aws:sqs:*:111122223333:q"
                              ]
                            }
                          ]
                        }""").expectNoFindings();
    }
}
