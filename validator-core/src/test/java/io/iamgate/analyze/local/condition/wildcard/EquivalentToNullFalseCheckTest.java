package io.iamgate.analyze.local.condition.wildcard;

import static io.iamgate.analyze.local.condition.Policies.allow;
import static io.iamgate.analyze.local.condition.Policies.deny;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.ElementPath;
import io.iamgate.model.PathElement;
import org.junit.jupiter.api.Test;

class EquivalentToNullFalseCheckTest {

    @Test
    void reportsStringLikeStarOnTheValueAsAccessAnalyzerDoes() {
        // The corpus shape: path ends {"value": key}, span is the "*" token with its quotes.
        var f = CheckTester.of(new EquivalentToNullFalseCheck())
                .policy(allow("'StringLike':{'ec2:ResourceTag/eks':«'*'»}"))
                .expectFindings();
        assertEquals(
                ElementPath.of(
                        PathElement.value("Statement"),
                        PathElement.index(0),
                        PathElement.value("Condition"),
                        PathElement.value("StringLike"),
                        PathElement.value("ec2:ResourceTag/eks")),
                f.get(0).locations().get(0).path());
    }

    @Test
    void reportsTheStarInsideAnArrayAndUnderArnLikeAndForAnyValue() {
        CheckTester.of(new EquivalentToNullFalseCheck())
                .policy(deny(
                        "'StringLike':{'aws:ResourceTag/a':[«'*'»]},'ArnLike':{'aws:SourceArn':['arn:aws:s3:::b',«'*'»]},"
                                + "'ForAnyValue:StringLike':{'aws:TagKeys':«'**'»}"))
                .expectFindings();
    }

    @Test
    void nearMisses() {
        CheckTester.of(new EquivalentToNullFalseCheck())
                .policy(allow("'StringLike':{'aws:ResourceTag/a':'?*','aws:ResourceTag/b':'x*'},"
                        + "'StringLikeIfExists':{'aws:ResourceTag/c':'*'},'StringEquals':{'aws:ResourceTag/d':'*'},"
                        + "'StringNotLike':{'aws:ResourceTag/e':'*'},'ForAllValues:StringLike':{'aws:TagKeys':'*'}"))
                .expectNoFindings();
    }
}
