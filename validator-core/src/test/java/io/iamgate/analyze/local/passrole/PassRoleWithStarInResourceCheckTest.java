package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class PassRoleWithStarInResourceCheckTest {

    @Test
    void passRoleOnStar() {
        CheckTester.of(new PassRoleWithStarInResourceCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": ["s3:GetObject", «"iam:passrole"»],
                              "Resource": «"*"»
                            }
                          ]
                        }""").expectFindings();
    }

    /** AWS's check reference lists AWSServiceRoleForAmazonEKSNodegroup, whose statement is this one. */
    @Test
    void stringEqualsIfExistsStillWarns() {
        CheckTester.of(new PassRoleWithStarInResourceCheck()).policy("""
                        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":«"iam:PassRole"»,
                         "Resource":«"*"»,
                         "Condition":{"StringEqualsIfExists":{"iam:PassedToService":"ec2.amazonaws.com"}}}]}""").expectFindings();
    }

    /** Near miss of the above: the real answer for AWSLambdaReplicator's StringLikeIfExists is silent. */
    @Test
    void stringLikeIfExistsOnPassedToServiceIsSilent() {
        CheckTester.of(new PassRoleWithStarInResourceCheck()).policy("""
                        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:PassRole"],
                         "Resource":["*"],
                         "Condition":{"StringLikeIfExists":{"iam:PassedToService":"lambda.amazonaws.com"}}}]}""").expectNoFindings();
    }

    /**
     * The documented resolution is to add the key; no real answer says another operator does not count,
     * so none raises a warning on a guess: pattern, case-insensitive and negated string operators alike.
     */
    @Test
    void passedToServiceUnderOtherOperatorsIsSilent() {
        for (String condition : new String[] {
            "{\"StringLike\":{\"iam:PassedToService\":\"ec2.*\"}}",
            "{\"StringEqualsIgnoreCase\":{\"iam:PassedToService\":\"EC2.amazonaws.com\"}}",
            "{\"StringNotEquals\":{\"iam:PassedToService\":\"lambda.amazonaws.com\"}}",
            "{\"ForAnyValue:StringEquals\":{\"iam:PassedToService\":\"ecs-tasks.amazonaws.com\"}}"
        }) {
            CheckTester.of(new PassRoleWithStarInResourceCheck())
                    .policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                            + "\"Action\":\"iam:PassRole\",\"Resource\":\"*\",\"Condition\":" + condition + "}]}")
                    .expectNoFindings();
        }
    }

    /** Real answer (AlexaForBusinessFullAccess, CREATE_SLR twin): a value starting with "*" names no service. */
    @Test
    void leadingWildcardValueStillWarns() {
        CheckTester.of(new PassRoleWithStarInResourceCheck()).policy("""
                        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":«"iam:PassRole"»,
                         "Resource":«"*"»,
                         "Condition":{"StringLike":{"iam:PassedToService":"*.amazonaws.com"}}}]}""").expectFindings();
    }

    @Test
    void otherKeysDoNotRestrict() {
        CheckTester.of(new PassRoleWithStarInResourceCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": «"iam:PassRole"»,
                              "Resource": «"*"»,
                              "Condition": {
                                "ForAnyValue:StringEquals": {
                                  "aws:CalledVia": ["cloudformation.amazonaws.com"]
                                }
                              }
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void passedToServiceRestricts() {
        CheckTester.of(new PassRoleWithStarInResourceCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "iam:PassRole",
                              "Resource": "*",
                              "Condition": {
                                "StringEquals": {
                                  "iam:passedToService": [
                                    "ec2.amazonaws.com",
                                    "lambda.amazonaws.com"
                                  ]
                                }
                              }
                            }
                          ]
                        }""").expectNoFindings();
    }

    @Test
    void namedRolesAndRolePatterns() {
        CheckTester.of(new PassRoleWithStarInResourceCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "iam:PassRole",
                              "Resource": [
                                "arn:aws:iam::*:role/flow-logs-*",
                                "arn:aws:iam::111122223333:role/R"
                              ]
                            }
                          ]
                        }""").expectNoFindings();
    }

    @Test
    void wildcardActionsAreTheOtherCheck() {
        CheckTester.of(new PassRoleWithStarInResourceCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {"Effect": "Allow", "Action": "iam:Pass*", "Resource": "*"}
                          ]
                        }""").expectNoFindings();
    }
}
