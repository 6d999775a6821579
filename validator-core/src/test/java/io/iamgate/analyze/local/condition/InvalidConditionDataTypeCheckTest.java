package io.iamgate.analyze.local.condition;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class InvalidConditionDataTypeCheckTest {

    @Test
    void reportsMixedJsonTypesOnTheArray() {
        CheckTester.of(new InvalidConditionDataTypeCheck())
                .policy(allow("'NumericLessThan':{'aws:MultiFactorAuthAge':«['3600',true]»}"))
                .expectFindings();
    }

    @Test
    void acceptsOneTypeAndSingleValues() {
        CheckTester.of(new InvalidConditionDataTypeCheck())
                .policy(allow("'NumericLessThan':{'aws:MultiFactorAuthAge':[3600,7200]},"
                        + "'StringEquals':{'aws:PrincipalTag/a':['x','y'],'aws:PrincipalTag/b':true}"))
                .expectNoFindings();
    }
}
