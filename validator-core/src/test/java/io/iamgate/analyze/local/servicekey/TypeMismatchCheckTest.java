package io.iamgate.analyze.local.servicekey;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class TypeMismatchCheckTest {

    @Test
    void reportsAStringOperatorOnABooleanKey() {
        CheckTester.of(new TypeMismatchCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "*",
                              "Resource": "*",
                              "Condition": {
                                "StringEquals": {«"aws:ViaAWSService"»: "true"},
                                "NumericLessThan": {«"aws:SourceIp"»: "3"}
                              }
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void matchingTypesPass() {
        CheckTester.of(new TypeMismatchCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "*",
                              "Resource": "*",
                              "Condition": {
                                "Bool": {"aws:ViaAWSService": "true"},
                                "StringEquals": {
                                  "aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:t"
                                },
                                "ArnLike": {
                                  "kms:EncryptionContext:aws:s3:arn": "arn:aws:s3:::b/*"
                                },
                                "NumericLessThan": {"s3:max-keys": "10"},
                                "DateGreaterThan": {"aws:CurrentTime": "2020-01-01T00:00:00Z"},
                                "Null": {"aws:ViaAWSService": "false"}
                              }
                            }
                          ]
                        }""").expectNoFindings();
    }
}
