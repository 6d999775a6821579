package io.iamgate.analyze.local.arn;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class ArnAccountNotAllowedCheckTest {

    @Test
    void reportsAnAccountOnAnS3Bucket() {
        CheckTester.of(new ArnAccountNotAllowedCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:GetObject",
                              "Resource": «"arn:aws:s3::111122223333:my-bucket/*"»
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void bucketsWithoutAccountPass() {
        CheckTester.of(new ArnAccountNotAllowedCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:GetObject",
                              "Resource": [
                                "arn:aws:s3:::my-bucket/*",
                                "arn:aws:s3:us-east-1:111122223333:accesspoint/ap"
                              ]
                            }
                          ]
                        }""").expectNoFindings();
    }
}
