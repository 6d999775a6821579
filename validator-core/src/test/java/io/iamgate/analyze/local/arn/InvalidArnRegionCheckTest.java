package io.iamgate.analyze.local.arn;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class InvalidArnRegionCheckTest {

    @Test
    void reportsAnUnknownRegion() {
        CheckTester.of(new InvalidArnRegionCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "sqs:SendMessage",
                              "Resource": «"arn:aws:sqs:us-east-9:111122223333:my-queue"»
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void knownRegionsAndWildcardsPass() {
        CheckTester.of(new InvalidArnRegionCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "sqs:SendMessage",
                              "Resource": [
                                "arn:aws:sqs:eu-west-1:111122223333:q",
                                "arn:aws:sqs:us-*:111122223333:q",
                                "arn:aws:sqs:${aws:RequestedRegion}:111122223333:q"
                              ]
                            }
                          ]
                        }""").expectNoFindings();
    }
}
