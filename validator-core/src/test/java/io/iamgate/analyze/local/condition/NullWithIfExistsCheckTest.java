package io.iamgate.analyze.local.condition;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class NullWithIfExistsCheckTest {

    @Test
    void reportsNullIfExistsOnTheOperator() {
        CheckTester.of(new NullWithIfExistsCheck())
                .policy(allow("«'NullIfExists'»:{'aws:TokenIssueTime':'true'}"))
                .expectFindings();
    }

    @Test
    void acceptsPlainNullAndOtherIfExistsOperators() {
        CheckTester.of(new NullWithIfExistsCheck())
                .policy(allow("'Null':{'aws:TokenIssueTime':'true'},'StringEqualsIfExists':{'aws:PrincipalTag/a':'x'}"))
                .expectNoFindings();
    }
}
