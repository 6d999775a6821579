package io.iamgate.analyze.local.condition;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class EmptyArrayConditionIfExistsCheckTest {

    @Test
    void reportsTheEmptyArray() {
        CheckTester.of(new EmptyArrayConditionIfExistsCheck())
                .policy(allow("'StringEqualsIfExists':{'aws:PrincipalTag/b':«[]»}"))
                .expectFindings();
    }

    @Test
    void leavesOtherOperatorFormsAndNonEmptyValuesAlone() {
        CheckTester.of(new EmptyArrayConditionIfExistsCheck())
                .policy(
                        allow(
                                "'StringEqualsIfExists':{'aws:PrincipalTag/b':['x']},'StringEquals':{'aws:PrincipalTag/a':[]},'ForAllValues:StringEqualsIfExists':{'aws:TagKeys':[]}"))
                .expectNoFindings();
    }
}
