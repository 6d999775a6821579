package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class PassRoleWithStarInResourceCheckTest {

    @Test
    void passRoleOnStar() {
        CheckTester.of(new PassRoleWithStarInResourceCheck())
                .policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",«\"iam:pass"
                        + "role\"»],\"Resource\":«\"*\"»}]}")
                .expectFindings();
    }

    @Test
    void ifExistsDoesNotRestrict() {
        CheckTester.of(new PassRoleWithStarInResourceCheck())
                .policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":«\"iam:PassRole\"»,\"Resource"
                        + "\":[«\"*\"»],\"Condition\":{\"StringEqualsIfExists\":{\"iam:PassedToService\":[\"ec2.amazonaws.com\"]"
                        + "}}}]}")
                .expectFindings();
    }

    @Test
    void otherKeysDoNotRestrict() {
        CheckTester.of(new PassRoleWithStarInResourceCheck())
                .policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":«\"iam:PassRole\"»,\"Resource"
                        + "\":«\"*\"»,\"Condition\":{\"ForAnyValue:StringEquals\":{\"aws:CalledVia\":[\"cloudformation.amazonaw"
                        + "s.com\"]}}}]}")
                .expectFindings();
    }

    @Test
    void passedToServiceRestricts() {
        CheckTester.of(new PassRoleWithStarInResourceCheck())
                .policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iam:PassRole\",\"Resource\":"
                        + "\"*\",\"Condition\":{\"StringEquals\":{\"iam:passedToService\":[\"ec2.amazonaws.com\",\"lambda.amazon"
                        + "aws.com\"]}}}]}")
                .expectNoFindings();
    }

    @Test
    void namedRolesAndRolePatterns() {
        CheckTester.of(new PassRoleWithStarInResourceCheck())
                .policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iam:PassRole\",\"Resource\":"
                        + "[\"arn:aws:iam::*:role/flow-logs-*\",\"arn:aws:iam::111122223333:role/R\"]}]}")
                .expectNoFindings();
    }

    @Test
    void wildcardActionsAreTheOtherCheck() {
        CheckTester.of(new PassRoleWithStarInResourceCheck())
                .policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iam:Pass*\",\"Resource\":\"*\""
                        + "}]}")
                .expectNoFindings();
    }
}
