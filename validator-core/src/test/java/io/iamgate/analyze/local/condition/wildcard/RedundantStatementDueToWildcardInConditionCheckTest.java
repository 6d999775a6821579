package io.iamgate.analyze.local.condition.wildcard;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class RedundantStatementDueToWildcardInConditionCheckTest {

    @Test
    void reportsForAnyValueNotLikeStar() {
        CheckTester.of(new RedundantStatementDueToWildcardInConditionCheck())
                .policy(allow("'ForAnyValue:StringNotLike':{'aws:TagKeys':«'*'»}"))
                .expectFindings();
    }

    @Test
    void nearMisses() {
        CheckTester.of(new RedundantStatementDueToWildcardInConditionCheck())
                .policy(
                        allow(
                                "'ForAnyValue:StringNotLikeIfExists':{'aws:TagKeys':'*'},"
                                        + "'ForAnyValue:StringNotLike':{'aws:RequestTag/x':'a*'},'StringNotLike':{'aws:PrincipalTag/y':'*'}"))
                .expectNoFindings();
    }
}
