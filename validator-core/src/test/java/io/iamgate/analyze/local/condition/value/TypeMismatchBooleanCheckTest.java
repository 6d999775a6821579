package io.iamgate.analyze.local.condition.value;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class TypeMismatchBooleanCheckTest {

    @Test
    void reportsNonBooleansUnderBoolAndNull() {
        CheckTester.of(new TypeMismatchBooleanCheck())
                .policy(allow("'Bool':{'aws:SecureTransport':«'yes'»},'Null':{'aws:TagKeys':[«'1'»,'true']}"))
                .expectFindings();
    }

    @Test
    void acceptsBooleansInAnyCaseAndJsonBooleans() {
        CheckTester.of(new TypeMismatchBooleanCheck())
                .policy(allow("'Bool':{'aws:SecureTransport':'True','aws:ViaAWSService':false},"
                        + "'StringEquals':{'aws:PrincipalTag/a':'yes'}"))
                .expectNoFindings();
    }
}
