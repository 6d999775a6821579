package io.iamgate.analyze.local.condition;

import static io.iamgate.analyze.local.condition.Policies.allow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.analyze.local.condition.value.InvalidDateValueCheck;
import io.iamgate.analyze.local.condition.value.RedundantConditionValueNumCheck;
import io.iamgate.analyze.local.condition.value.TypeMismatchBooleanCheck;
import io.iamgate.analyze.local.condition.value.TypeMismatchDateCheck;
import io.iamgate.analyze.local.condition.value.TypeMismatchNumberCheck;
import io.iamgate.analyze.local.condition.value.TypeMismatchStringCheck;
import io.iamgate.analyze.local.condition.wildcard.InvalidVariableForOperatorCheck;
import io.iamgate.analyze.local.condition.wildcard.WildcardWithoutLikeOperatorCheck;
import io.iamgate.model.PathElement;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The checks on condition values against their operator's type. */
class ValueChecksTest {

    @Nested
    class TypeMismatchBoolean {
        @Test
        void reportsNonBooleansUnderBoolAndNull() {
            CheckTester.of(new TypeMismatchBooleanCheck())
                    .policy(allow("'Bool':{'aws:SecureTransport':«'yes'»},'Null':{'aws:TagKeys':[«'1'»,'true']}"))
                    .expectFindings();
        }

        @Test
        void acceptsBooleansInAnyCaseAndJsonBooleans() {
            CheckTester.of(new TypeMismatchBooleanCheck())
                    .policy(allow("'Bool':{'aws:SecureTransport':'True','aws:ViaAWSService':false},"
                            + "'StringEquals':{'aws:PrincipalTag/a':'yes'}"))
                    .expectNoFindings();
        }
    }

    @Nested
    class TypeMismatchNumber {
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

    @Nested
    class Dates {
        @Test
        void reportsUnreadableDates() {
            CheckTester.of(new TypeMismatchDateCheck())
                    .policy(allow("'DateLessThan':{'aws:CurrentTime':[«'tomorrow'»,«'2025-02-30'»,«'2025-13-01'»,"
                            + "«'2025-01-01 10:00'»]}"))
                    .expectFindings();
        }

        @Test
        void acceptsIsoDatesDateTimesAndEpochSeconds() {
            String policy = allow("'DateGreaterThan':{'aws:CurrentTime':['2025-01-31','2025-01-31T23:59:59Z',"
                    + "'2024-02-29T10:00+01:00','2025-01-31T23:59:59.123Z','1735689600',1735689600]}");
            CheckTester.of(new TypeMismatchDateCheck()).policy(policy).expectNoFindings();
            CheckTester.of(new InvalidDateValueCheck()).policy(policy).expectNoFindings();
        }

        @Test
        void reportsBareYearsAndYearMonthsAsImprecise() {
            var f = CheckTester.of(new InvalidDateValueCheck())
                    .policy(allow("'DateGreaterThan':{'aws:CurrentTime':[«'2021'»,«'2021-06'»]}"))
                    .expectFindings();
            assertTrue(f.get(0).findingDetails().startsWith("The date 2021 "));
            CheckTester.of(new TypeMismatchDateCheck())
                    .policy(allow("'DateGreaterThan':{'aws:CurrentTime':['2021','2021-06']}")).expectNoFindings();
        }
    }

    @Nested
    class TypeMismatchString {
        @Test
        void reportsValuesThatAreNotBase64() {
            CheckTester.of(new TypeMismatchStringCheck())
                    .policy(allow("'BinaryEquals':{'aws:SomeBinaryKey':[«'not base64!'»,«'QQ='»,'QUJD']}"))
                    .expectFindings();
        }

        @Test
        void acceptsPaddedBase64() {
            CheckTester.of(new TypeMismatchStringCheck())
                    .policy(allow("'BinaryEquals':{'aws:SomeBinaryKey':['QQ==','QUI=','QUJD']}")).expectNoFindings();
        }
    }

    @Nested
    class RedundantConditionValueNum {
        @Test
        void reportsSeveralBoundsOnTheArrayNamingTheLoosest() {
            var f = CheckTester.of(new RedundantConditionValueNumCheck())
                    .policy(allow("'NumericLessThan':{'aws:MultiFactorAuthAge':«['2700','3600']»},"
                            + "'NumericGreaterThanEquals':{'s3:max-keys':«[10,5]»}"))
                    .expectFindings();
            assertTrue(f.get(0).findingDetails().contains("greatest one, 3600"));
            assertTrue(f.get(1).findingDetails().contains("least one, 5"));
        }

        @Test
        void acceptsEqualityListsAndSingleBounds() {
            CheckTester.of(new RedundantConditionValueNumCheck())
                    .policy(allow("'NumericEquals':{'s3:max-keys':['1','2']},'NumericLessThan':{'aws:MultiFactorAuthAge':['3600']}"))
                    .expectNoFindings();
        }
    }

    @Nested
    class WildcardWithoutLikeOperator {
        @Test
        void reportsEachValueWithAWildcardUnderALiteralOperator() {
            var f = CheckTester.of(new WildcardWithoutLikeOperatorCheck())
                    .policy(allow("'StringEquals':{'aws:ResourceTag/team':[«'admin-*'»,'ops']},"
                            + "'StringNotEqualsIgnoreCase':{'aws:PrincipalTag/x':«'a?c'»}"))
                    .expectFindings();
            assertEquals(new PathElement.Index(0), f.get(0).locations().get(0).path().elements().get(5));
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

    @Nested
    class InvalidVariableForOperator {
        @Test
        void reportsVariablesOutsideStringAndArnOperators() {
            CheckTester.of(new InvalidVariableForOperatorCheck())
                    .policy(allow("'NumericEquals':{'aws:MultiFactorAuthAge':«'${aws:username}'»},"
                            + "'DateLessThan':{'aws:CurrentTime':«'${aws:TokenIssueTime}'»},"
                            + "'IpAddress':{'aws:SourceIp':«'${aws:SourceIp}/32'»}"))
                    .expectFindings();
        }

        @Test
        void acceptsVariablesUnderStringAndArnOperatorsAndEscapesElsewhere() {
            CheckTester.of(new InvalidVariableForOperatorCheck())
                    .policy(allow("'StringEquals':{'aws:PrincipalTag/u':'${aws:username}'},"
                            + "'ArnLike':{'aws:SourceArn':'arn:aws:s3:::${aws:PrincipalTag/b}'},"
                            + "'NumericEquals':{'s3:max-keys':'10'}"))
                    .expectNoFindings();
        }
    }
}
