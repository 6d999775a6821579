package io.iamgate.analyze.local.condition;

import static io.iamgate.analyze.local.condition.Policies.allow;
import static io.iamgate.analyze.local.condition.Policies.json;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PathElement;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The checks on the shape of the Condition element: operators, key names, value lists. */
class StructureChecksTest {

    @Nested
    class InvalidConditionOperator {
        @Test
        void reportsAnUnknownOperatorOnItsName() {
            var f = CheckTester.of(new InvalidConditionOperatorCheck())
                    .policy(allow("«'StringEqual'»:{'aws:PrincipalTag/team':'a'}")).expectFindings();
            assertTrue(f.get(0).locations().get(0).path().elements().get(3) instanceof PathElement.Key);
            assertTrue(f.get(0).findingDetails().contains("StringEqual"));
        }

        @Test
        void reportsWrongCaseAndDoubleQualifiers() {
            CheckTester.of(new InvalidConditionOperatorCheck())
                    .policy(allow("«'stringequals'»:{'aws:PrincipalTag/team':'a'},"
                            + "«'ForAllValues:ForAnyValue:StringLike'»:{'aws:TagKeys':['a']}"))
                    .expectFindings();
        }

        @Test
        void acceptsQualifiedAndIfExistsOperators() {
            CheckTester.of(new InvalidConditionOperatorCheck())
                    .policy(allow("'ForAnyValue:StringNotEqualsIgnoreCaseIfExists':{'aws:TagKeys':['a']},"
                            + "'ArnNotLikeIfExists':{'aws:SourceArn':'arn:aws:s3:::b'},'NullIfExists':{'aws:x':'true'},"
                            + "'BinaryEquals':{'aws:y':'QQ=='}"))
                    .expectNoFindings();
        }
    }

    @Nested
    class InvalidConditionKeyFormat {
        @Test
        void reportsAKeyWithoutPrefix() {
            CheckTester.of(new InvalidConditionKeyFormatCheck())
                    .policy(allow("'StringEquals':{«'SourceVpc'»:'vpc-12345678',«'aws:'»:'x',«':name'»:'y'}"))
                    .expectFindings();
        }

        @Test
        void acceptsServiceGlobalAndProviderKeys() {
            CheckTester.of(new InvalidConditionKeyFormatCheck())
                    .policy(allow("'StringEquals':{'aws:SourceVpc':'vpc-12345678','s3:prefix':'a',"
                            + "'accounts.google.com:aud':'x','oidc.eks.us-east-1.amazonaws.com/id/ABC:sub':'y',"
                            + "'aws:ResourceTag/a:b':'z'}"))
                    .expectNoFindings();
        }
    }

    @Nested
    class InvalidConditionDataType {
        @Test
        void reportsMixedJsonTypesOnTheArray() {
            CheckTester.of(new InvalidConditionDataTypeCheck())
                    .policy(allow("'NumericLessThan':{'aws:MultiFactorAuthAge':«['3600',true]»}"))
                    .expectFindings();
        }

        @Test
        void acceptsOneTypeAndSingleValues() {
            CheckTester.of(new InvalidConditionDataTypeCheck())
                    .policy(allow("'NumericLessThan':{'aws:MultiFactorAuthAge':[3600,7200]},"
                            + "'StringEquals':{'aws:PrincipalTag/a':['x','y'],'aws:PrincipalTag/b':true}"))
                    .expectNoFindings();
        }
    }

    @Nested
    class InvalidConditionMultipleBoolean {
        @Test
        void reportsTwoBooleansOnTheArray() {
            CheckTester.of(new InvalidConditionMultipleBooleanCheck())
                    .policy(allow("'Bool':{'aws:SecureTransport':«['true','false']»}"))
                    .expectFindings();
        }

        @Test
        void acceptsOneBooleanEvenInAnArray() {
            CheckTester.of(new InvalidConditionMultipleBooleanCheck())
                    .policy(allow("'Bool':{'aws:SecureTransport':['true'],'aws:ViaAWSService':false},"
                            + "'StringEquals':{'aws:PrincipalTag/x':['true','false']}"))
                    .expectNoFindings();
        }
    }

    @Nested
    class DuplicateKeysWithDifferentCase {
        @Test
        void reportsTheLaterSpelling() {
            CheckTester.of(new DuplicateKeysWithDifferentCaseCheck())
                    .policy(allow("'StringEquals':{'aws:PrincipalTag/team':'a',«'aws:principaltag/team'»:'b'}"))
                    .expectFindings();
        }

        @Test
        void acceptsTheSameKeyUnderDifferentOperators() {
            CheckTester.of(new DuplicateKeysWithDifferentCaseCheck())
                    .policy(allow("'StringEquals':{'aws:PrincipalTag/team':'a'},"
                            + "'StringLike':{'aws:principaltag/team':'b*'}"))
                    .expectNoFindings();
        }
    }

    @Nested
    class NullOperators {
        @Test
        void reportsNullIfExistsOnTheOperator() {
            CheckTester.of(new NullWithIfExistsCheck())
                    .policy(allow("«'NullIfExists'»:{'aws:TokenIssueTime':'true'}")).expectFindings();
        }

        @Test
        void reportsQualifiedNullOnTheOperator() {
            CheckTester.of(new NullWithQualifierCheck())
                    .policy(allow("«'ForAllValues:Null'»:{'aws:TagKeys':'true'},«'ForAnyValue:Null'»:{'aws:TagKeys':'true'}"))
                    .expectFindings();
        }

        @Test
        void acceptsPlainNull() {
            CheckTester.of(new NullWithIfExistsCheck()).policy(allow("'Null':{'aws:TokenIssueTime':'true'}"))
                    .expectNoFindings();
            CheckTester.of(new NullWithQualifierCheck()).policy(allow("'Null':{'aws:TagKeys':'false'},"
                    + "'ForAllValues:StringEquals':{'aws:TagKeys':['a']}")).expectNoFindings();
        }
    }

    @Nested
    class EmptyArrays {
        @Test
        void eachOperatorFormHasItsOwnCode() {
            String policy = allow("'StringEquals':{'aws:PrincipalTag/a':«[]»},"
                    + "'ForAllValues:StringEquals':{'aws:TagKeys':«[]»},"
                    + "'ForAnyValue:StringLike':{'aws:TagKeys':«[]»},"
                    + "'StringEqualsIfExists':{'aws:PrincipalTag/b':«[]»}");
            CheckTester.of(new EmptyArrayConditionCheck()).policy(keepMark(policy, 0)).expectFindings();
            CheckTester.of(new EmptyArrayConditionForAllValuesCheck()).policy(keepMark(policy, 1)).expectFindings();
            CheckTester.of(new EmptyArrayConditionForAnyValueCheck()).policy(keepMark(policy, 2)).expectFindings();
            CheckTester.of(new EmptyArrayConditionIfExistsCheck()).policy(keepMark(policy, 3)).expectFindings();
        }

        @Test
        void nonEmptyArraysAndScalarsAreFine() {
            String policy = allow("'StringEquals':{'aws:PrincipalTag/a':['x'],'aws:PrincipalTag/c':''},"
                    + "'ForAllValues:StringEquals':{'aws:TagKeys':['a']}");
            CheckTester.of(new EmptyArrayConditionCheck()).policy(policy).expectNoFindings();
            CheckTester.of(new EmptyArrayConditionForAllValuesCheck()).policy(policy).expectNoFindings();
        }

        /** The policy with only the n-th «» pair kept. */
        private String keepMark(String marked, int n) {
            StringBuilder sb = new StringBuilder();
            int pair = -1;
            for (char c : marked.toCharArray()) {
                if (c == '«') {
                    pair++;
                }
                if ((c == '«' || c == '»') && pair != n) {
                    continue;
                }
                sb.append(c);
            }
            return sb.toString();
        }
    }

    @Nested
    class EmptyObjectCondition {
        @Test
        void reportsAnEmptyConditionAndAnEmptyOperatorBlock() {
            CheckTester.of(new EmptyObjectConditionCheck())
                    .policy(json("{'Statement':[{'Effect':'Allow','Action':'s3:*','Resource':'*','Condition':«{}»},"
                            + "{'Effect':'Allow','Action':'s3:*','Resource':'*','Condition':{'StringEquals':«{}»}}]}"))
                    .expectFindings();
        }

        @Test
        void acceptsAConditionWithKeys() {
            CheckTester.of(new EmptyObjectConditionCheck())
                    .policy(allow("'StringEquals':{'aws:PrincipalTag/a':'x'}")).expectNoFindings();
        }
    }
}
