package io.iamgate.analyze.local.action;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class InvalidActionCheckTest {

    @Test
    void reportsAnUnknownActionOfAKnownService() {
        CheckTester.of(new InvalidActionCheck())
                .policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",«\"s3:ListBuckets\"»],\"NotAction\":«\"connect:BatchCreateNothing*\"»,\"Resource\":\"*\"}]}")
                .expectFindings();
    }

    @Test
    void knownActionsAndMatchingWildcards() {
        CheckTester.of(new InvalidActionCheck())
                .policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:getobject\",\"ec2:Describe*\",\"iam:Get?ole\",\"*\"],\"Resource\":\"*\"}]}")
                .expectNoFindings();
    }

    @Test
    void unknownServicesAreAnotherCheck() {
        CheckTester.of(new InvalidActionCheck())
                .policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"nosuchservice:GetObject\",\"Resource\":\"*\"}]}")
                .expectNoFindings();
    }
}
