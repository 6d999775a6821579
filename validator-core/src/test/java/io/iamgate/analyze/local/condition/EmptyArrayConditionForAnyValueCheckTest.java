package io.iamgate.analyze.local.condition;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class EmptyArrayConditionForAnyValueCheckTest {

    @Test
    void reportsTheEmptyArray() {
        CheckTester.of(new EmptyArrayConditionForAnyValueCheck())
                .policy(allow("'ForAnyValue:StringLike':{'aws:TagKeys':«[]»}"))
                .expectFindings();
    }

    @Test
    void leavesOtherOperatorFormsAndNonEmptyValuesAlone() {
        CheckTester.of(new EmptyArrayConditionForAnyValueCheck())
                .policy(
                        allow(
                                "'ForAnyValue:StringLike':{'aws:TagKeys':['a*']},'ForAllValues:StringEquals':{'aws:TagKeys':[]}"))
                .expectNoFindings();
    }
}
