package io.iamgate.analyze.local.condition.wildcard;

import static io.iamgate.analyze.local.condition.Policies.allow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PathElement;
import org.junit.jupiter.api.Test;

class WildcardWithoutLikeOperatorCheckTest {

    @Test
    void reportsEachValueWithAWildcardUnderALiteralOperator() {
        var f = CheckTester.of(new WildcardWithoutLikeOperatorCheck())
                .policy(allow("'StringEquals':{'aws:ResourceTag/team':[«'admin-*'»,'ops']},"
                        + "'StringNotEqualsIgnoreCase':{'aws:PrincipalTag/x':«'a?c'»}"))
                .expectFindings();
        assertEquals(
                new PathElement.Index(0),
                f.get(0).locations().get(0).path().elements().get(5));
    }

    @Test
    void acceptsLikeOperatorsArnOperatorsAndEscapes() {
        CheckTester.of(new WildcardWithoutLikeOperatorCheck())
                .policy(allow("'StringLike':{'aws:ResourceTag/team':'admin-*'},"
                        + "'ArnEquals':{'aws:SourceArn':'arn:aws:s3:::*'},"
                        + "'StringEquals':{'aws:PrincipalTag/x':'a${*}b${?}'}"))
                .expectNoFindings();
    }
}
