package io.iamgate.analyze.local.redundancy;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class RedundantResourceCheckTest {

    @Test
    void reportsCoveredArnsWithTheirCoveringOne() {
        CheckTester.of(new RedundantResourceCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:*",
                              "Resource": [
                                «"arn:aws:s3:::redshift-downloads"»,
                                "arn:aws:s3:::other",
                                «"arn:aws:s3:::*redshift*"»,
                                «"arn:aws:s3:::redshift-downloads/*"»
                              ]
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void caseMattersInArns() {
        CheckTester.of(new RedundantResourceCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:*",
                              "Resource": [
                                "arn:aws:s3:::*DeepRacer*",
                                "arn:aws:s3:::*deepracer*/x",
                                "arn:aws:s3:::a?c",
                                "arn:aws:s3:::a*c/*"
                              ]
                            }
                          ]
                        }""").expectNoFindings();
    }
}
