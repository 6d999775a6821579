package io.iamgate.analyze.local.condition.wildcard;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class RedundantKeyDueToWildcardInConditionCheckTest {

    @Test
    void reportsOperatorsThatAlwaysMatch() {
        CheckTester.of(new RedundantKeyDueToWildcardInConditionCheck())
                .policy(allow("'StringLikeIfExists':{'aws:PrincipalTag/team':«'*'»},"
                        + "'ForAllValues:StringLike':{'aws:TagKeys':['a*',«'*'»]}"))
                .expectFindings();
    }

    @Test
    void nearMisses() {
        CheckTester.of(new RedundantKeyDueToWildcardInConditionCheck())
                .policy(allow(
                        "'StringLike':{'aws:PrincipalTag/team':'*'},'StringLikeIfExists':{'aws:PrincipalTag/x':'a*'}"))
                .expectNoFindings();
    }
}
