package io.iamgate.analyze.local.condition;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class EmptyArrayConditionForAllValuesCheckTest {

    @Test
    void reportsTheEmptyArray() {
        CheckTester.of(new EmptyArrayConditionForAllValuesCheck())
                .policy(allow("'ForAllValues:StringEquals':{'aws:TagKeys':«[]»}"))
                .expectFindings();
    }

    @Test
    void leavesOtherOperatorFormsAndNonEmptyValuesAlone() {
        CheckTester.of(new EmptyArrayConditionForAllValuesCheck())
                .policy(
                        allow(
                                "'ForAllValues:StringEquals':{'aws:TagKeys':['a']},'StringEquals':{'aws:PrincipalTag/a':[]},'ForAnyValue:StringEquals':{'aws:TagKeys':[]}"))
                .expectNoFindings();
    }
}
