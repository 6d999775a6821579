package io.iamgate.analyze.local.condition;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class NullWithQualifierCheckTest {

    @Test
    void reportsQualifiedNullOnTheOperator() {
        CheckTester.of(new NullWithQualifierCheck())
                .policy(allow(
                        "«'ForAllValues:Null'»:{'aws:TagKeys':'true'},«'ForAnyValue:Null'»:{'aws:TagKeys':'true'}"))
                .expectFindings();
    }

    @Test
    void acceptsPlainNullAndQualifiedStringOperators() {
        CheckTester.of(new NullWithQualifierCheck())
                .policy(allow("'Null':{'aws:TagKeys':'false'},'ForAllValues:StringEquals':{'aws:TagKeys':['a']}"))
                .expectNoFindings();
    }
}
