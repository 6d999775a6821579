package io.iamgate.analyze.local.action;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class InvalidServiceInActionCheckTest {

    @Test
    void reportsTheWholeActionOfAnUnknownService() {
        CheckTester.of(new InvalidServiceInActionCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": ["s3:GetObject", «"nosuchservice:Get*"»],
                              "Resource": "*"
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void knownServiceAnyCase() {
        CheckTester.of(new InvalidServiceInActionCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": ["S3:GetObject", "s3:*"],
                              "Resource": "*"
                            }
                          ]
                        }""").expectNoFindings();
    }

    @Test
    void wildcardServicesAreNotJudged() {
        CheckTester.of(new InvalidServiceInActionCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {"Effect": "Allow", "Action": ["*", "s*:Get*"], "Resource": "*"}
                          ]
                        }""").expectNoFindings();
    }
}
