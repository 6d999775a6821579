package io.iamgate.analyze.local.statement;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class WildcardInServiceNameCheckTest {

    @Test
    void wildcardInActionServiceAndArnService() {
        CheckTester.of(new WildcardInServiceNameCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": «"*code*:List*"»,
                              "Resource": «"arn:aws:*code*::111122223333:*"»
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void questionMarkInService() {
        CheckTester.of(new WildcardInServiceNameCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {"Effect": "Allow", "Action": «"s?:GetObject"», "Resource": "*"}
                          ]
                        }""").expectFindings();
    }

    @Test
    void wildcardsOutsideTheServiceAndBareStar() {
        CheckTester.of(new WildcardInServiceNameCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": ["*", "s3:Get*", "*:List*"],
                              "Resource": [
                                "*",
                                "arn:aws:s3:::*/*",
                                "arn:aws:*:*:111122223333:*"
                              ]
                            }
                          ]
                        }""").expectNoFindings();
    }
}
