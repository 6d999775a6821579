package io.iamgate.analyze.local.condition;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class InvalidConditionMultipleBooleanCheckTest {

    @Test
    void reportsTwoBooleansOnTheArray() {
        CheckTester.of(new InvalidConditionMultipleBooleanCheck())
                .policy(allow("'Bool':{'aws:SecureTransport':«['true','false']»}"))
                .expectFindings();
    }

    @Test
    void acceptsOneBooleanEvenInAnArray() {
        CheckTester.of(new InvalidConditionMultipleBooleanCheck())
                .policy(allow("'Bool':{'aws:SecureTransport':['true'],'aws:ViaAWSService':false},"
                        + "'StringEquals':{'aws:PrincipalTag/x':['true','false']}"))
                .expectNoFindings();
    }
}
