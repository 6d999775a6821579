package io.iamgate.analyze.local.arn;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class InvalidPartitionCheckTest {

    @Test
    void reportsAnUnknownPartition() {
        CheckTester.of(new InvalidPartitionCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:GetObject",
                              "Resource": [«"arn:aws-xx:s3:::my-bucket/*"», "arn:aws-cn:s3:::b"]
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void knownPartitionsAndWildcardsPass() {
        CheckTester.of(new InvalidPartitionCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:GetObject",
                              "Resource": [
                                "arn:aws-us-gov:s3:::b",
                                "arn:*:s3:::b",
                                "arn:${aws:Partition}:s3:::b"
                              ]
                            }
                          ]
                        }""").expectNoFindings();
    }
}
