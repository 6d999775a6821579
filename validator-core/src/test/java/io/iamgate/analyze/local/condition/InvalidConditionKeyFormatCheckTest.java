package io.iamgate.analyze.local.condition;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class InvalidConditionKeyFormatCheckTest {

    @Test
    void reportsAKeyWithoutPrefix() {
        CheckTester.of(new InvalidConditionKeyFormatCheck())
                .policy(allow("'StringEquals':{«'SourceVpc'»:'vpc-12345678',«'aws:'»:'x',«':name'»:'y'}"))
                .expectFindings();
    }

    @Test
    void acceptsServiceGlobalAndProviderKeys() {
        CheckTester.of(new InvalidConditionKeyFormatCheck())
                .policy(allow("'StringEquals':{'aws:SourceVpc':'vpc-12345678','s3:prefix':'a',"
                        + "'accounts.google.com:aud':'x','oidc.eks.us-east-1.amazonaws.com/id/ABC:sub':'y',"
                        + "'aws:ResourceTag/a:b':'z'}"))
                .expectNoFindings();
    }
}
