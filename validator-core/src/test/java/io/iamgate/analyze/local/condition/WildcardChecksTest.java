package io.iamgate.analyze.local.condition;

import static io.iamgate.analyze.local.condition.Policies.allow;
import static io.iamgate.analyze.local.condition.Policies.deny;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.analyze.local.condition.wildcard.EquivalentToNullFalseCheck;
import io.iamgate.analyze.local.condition.wildcard.EquivalentToNullTrueCheck;
import io.iamgate.analyze.local.condition.wildcard.RedundantKeyDueToWildcardInConditionCheck;
import io.iamgate.analyze.local.condition.wildcard.RedundantStatementDueToWildcardInConditionCheck;
import io.iamgate.model.Path;
import io.iamgate.model.PathElement;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Like operators with a match-all "*": what each operator form then really tests. */
class WildcardChecksTest {

    @Nested
    class EquivalentToNullFalse {
        @Test
        void reportsStringLikeStarOnTheValueAsAccessAnalyzerDoes() {
            // The corpus shape: path ends {"value": key}, span is the "*" token with its quotes.
            var f = CheckTester.of(new EquivalentToNullFalseCheck())
                    .policy(allow("'StringLike':{'ec2:ResourceTag/eks':«'*'»}")).expectFindings();
            assertEquals(Path.of(PathElement.value("Statement"), PathElement.index(0), PathElement.value("Condition"),
                    PathElement.value("StringLike"), PathElement.value("ec2:ResourceTag/eks")),
                    f.get(0).locations().get(0).path());
        }

        @Test
        void reportsTheStarInsideAnArrayAndUnderArnLikeAndForAnyValue() {
            CheckTester.of(new EquivalentToNullFalseCheck())
                    .policy(deny("'StringLike':{'aws:ResourceTag/a':[«'*'»]},'ArnLike':{'aws:SourceArn':['arn:aws:s3:::b',«'*'»]},"
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

    @Nested
    class EquivalentToNullTrue {
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
                    .policy(deny("'StringNotLike':{'aws:ResourceTag/team':'a*'},'StringNotEquals':{'aws:ResourceTag/b':'*'},"
                            + "'ForAnyValue:StringNotLike':{'aws:TagKeys':'*'}"))
                    .expectNoFindings();
        }
    }

    @Nested
    class RedundantKeyDueToWildcard {
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
                    .policy(allow("'StringLike':{'aws:PrincipalTag/team':'*'},'StringLikeIfExists':{'aws:PrincipalTag/x':'a*'}"))
                    .expectNoFindings();
        }
    }

    @Nested
    class RedundantStatementDueToWildcard {
        @Test
        void reportsForAnyValueNotLikeStar() {
            CheckTester.of(new RedundantStatementDueToWildcardInConditionCheck())
                    .policy(allow("'ForAnyValue:StringNotLike':{'aws:TagKeys':«'*'»}"))
                    .expectFindings();
        }

        @Test
        void nearMisses() {
            CheckTester.of(new RedundantStatementDueToWildcardInConditionCheck())
                    .policy(allow("'ForAnyValue:StringNotLikeIfExists':{'aws:TagKeys':'*'},"
                            + "'ForAnyValue:StringNotLike':{'aws:RequestTag/x':'a*'},'StringNotLike':{'aws:PrincipalTag/y':'*'}"))
                    .expectNoFindings();
        }
    }
}
