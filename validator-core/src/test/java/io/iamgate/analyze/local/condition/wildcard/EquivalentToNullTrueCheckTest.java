package io.iamgate.analyze.local.condition.wildcard;

import static io.iamgate.analyze.local.condition.Policies.deny;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class EquivalentToNullTrueCheckTest {

    @Test
    void reportsNotLikeStar() {
        CheckTester.of(new EquivalentToNullTrueCheck())
                .policy(deny("'StringNotLike':{'aws:ResourceTag/team':«'*'»},"
                        + "'ForAllValues:ArnNotLike':{'aws:SourceArn':[«'*'»]},"
                        + "'StringNotLikeIfExists':{'aws:ResourceTag/x':«'*'»}"))
                .expectFindings();
    }

    @Test
    void nearMisses() {
        CheckTester.of(new EquivalentToNullTrueCheck())
                .policy(deny(
                        "'StringNotLike':{'aws:ResourceTag/team':'a*'},'StringNotEquals':{'aws:ResourceTag/b':'*'},"
                                + "'ForAnyValue:StringNotLike':{'aws:TagKeys':'*'}"))
                .expectNoFindings();
    }
}
