package io.iamgate.analyze.local.arn;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class InvalidArnResourceCheckTest {

    @Test
    void reportsAResourceNoFormatOfTheServiceHas() {
        CheckTester.of(new InvalidArnResourceCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "dynamodb:GetItem",
                              "Resource": «"arn:aws:dynamodb:us-east-1:111122223333:tabel/t"»
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void placeholdersAreLenient() {
        CheckTester.of(new InvalidArnResourceCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "*",
                              "Resource": [
                                "arn:aws:dynamodb:us-east-1:111122223333:table/t",
                                "arn:aws:sqs:us-east-1:111122223333:queue/any",
                                "arn:aws:s3:::b/*"
                              ]
                            }
                          ]
                        }""").expectNoFindings();
    }
}
