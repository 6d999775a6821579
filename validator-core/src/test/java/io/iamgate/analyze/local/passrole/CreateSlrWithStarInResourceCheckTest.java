package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class CreateSlrWithStarInResourceCheckTest {

    @Test
    void createSlrOnStar() {
        CheckTester.of(new CreateSlrWithStarInResourceCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": [«"iam:CreateServiceLinkedRole"»],
                              "Resource": «"*"»
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void wildcardServiceNameDoesNotRestrict() {
        CheckTester.of(new CreateSlrWithStarInResourceCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": «"iam:CreateServiceLinkedRole"»,
                              "Resource": «"*"»,
                              "Condition": {
                                "StringLike": {"iam:AWSServiceName": ["*a4b.amazonaws.com"]}
                              }
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void serviceNameRestricts() {
        CheckTester.of(new CreateSlrWithStarInResourceCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "iam:CreateServiceLinkedRole",
                              "Resource": "*",
                              "Condition": {
                                "ForAnyValue:StringEquals": {
                                  "iam:AWSServiceName": "macie.amazonaws.com"
                                }
                              }
                            }
                          ]
                        }""").expectNoFindings();
    }
    /** The PassRole twin's real answer (AWSServiceRoleForAmazonEKSNodegroup): StringEqualsIfExists still warns. */
    @Test
    void stringEqualsIfExistsStillWarns() {
        CheckTester.of(new CreateSlrWithStarInResourceCheck()).policy("""
                        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":«"iam:CreateServiceLinkedRole"»,
                         "Resource":«"*"»,
                         "Condition":{"StringEqualsIfExists":{"iam:AWSServiceName":"autoscaling.amazonaws.com"}}}]}""").expectFindings();
    }

    /** Near miss: the service key under a like operator with a literal service (AWSCloud9User's shape). */
    @Test
    void serviceNameUnderStringLikeIsSilent() {
        CheckTester.of(new CreateSlrWithStarInResourceCheck()).policy("""
                        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:CreateServiceLinkedRole",
                         "Resource":"*","Condition":{"StringLikeIfExists":{"iam:AWSServiceName":"cloud9.amazonaws.com"}}}]}""").expectNoFindings();
    }
}
