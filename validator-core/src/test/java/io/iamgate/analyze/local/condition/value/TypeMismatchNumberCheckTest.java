package io.iamgate.analyze.local.condition.value;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class TypeMismatchNumberCheckTest {

    @Test
    void reportsNonNumbers() {
        CheckTester.of(new TypeMismatchNumberCheck())
                .policy(allow("'NumericLessThan':{'aws:MultiFactorAuthAge':[«'one hour'»,'3600',«'1.2.3'»]}"))
                .expectFindings();
    }

    @Test
    void acceptsIntegersDecimalsAndJsonNumbers() {
        CheckTester.of(new TypeMismatchNumberCheck())
                .policy(allow("'NumericGreaterThanEqualsIfExists':{'aws:MultiFactorAuthAge':['-5','0.25',10]}"))
                .expectNoFindings();
    }
}
