package io.iamgate.analyze.local.condition.value;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class TypeMismatchStringCheckTest {

    @Test
    void reportsValuesThatAreNotBase64() {
        CheckTester.of(new TypeMismatchStringCheck())
                .policy(allow("'BinaryEquals':{'aws:SomeBinaryKey':[«'not base64!'»,«'QQ='»,'QUJD']}"))
                .expectFindings();
    }

    @Test
    void acceptsPaddedBase64() {
        CheckTester.of(new TypeMismatchStringCheck())
                .policy(allow("'BinaryEquals':{'aws:SomeBinaryKey':['QQ==','QUI=','QUJD']}"))
                .expectNoFindings();
    }
}
