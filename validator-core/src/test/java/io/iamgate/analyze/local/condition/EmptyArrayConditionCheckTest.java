package io.iamgate.analyze.local.condition;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class EmptyArrayConditionCheckTest {

    @Test
    void reportsTheEmptyArray() {
        CheckTester.of(new EmptyArrayConditionCheck())
                .policy(allow("'StringEquals':{'aws:PrincipalTag/a':«[]»}"))
                .expectFindings();
    }

    @Test
    void leavesOtherOperatorFormsAndNonEmptyValuesAlone() {
        CheckTester.of(new EmptyArrayConditionCheck())
                .policy(
                        allow(
                                "'StringEquals':{'aws:PrincipalTag/a':['x'],'aws:PrincipalTag/c':''},'ForAllValues:StringEquals':{'aws:TagKeys':[]},'StringEqualsIfExists':{'aws:PrincipalTag/b':[]}"))
                .expectNoFindings();
    }
}
