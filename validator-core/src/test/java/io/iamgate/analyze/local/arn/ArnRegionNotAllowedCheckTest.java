package io.iamgate.analyze.local.arn;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class ArnRegionNotAllowedCheckTest {

    @Test
    void reportsARegionOnIam() {
        CheckTester.of(new ArnRegionNotAllowedCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "iam:GetRole",
                              "Resource": «"arn:aws:iam:us-east-1:111122223333:role/MyRole"»
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void emptyOrStarRegionAndRegionalServicesPass() {
        CheckTester.of(new ArnRegionNotAllowedCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "iam:GetRole",
                              "Resource": [
                                "arn:aws:iam::111122223333:role/MyRole",
                                "arn:aws:iam:*:111122223333:role/x",
                                "arn:aws:sqs:us-east-1:111122223333:q"
                              ]
                            }
                          ]
                        }""").expectNoFindings();
    }
}
