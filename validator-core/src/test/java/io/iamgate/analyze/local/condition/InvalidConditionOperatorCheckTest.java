package io.iamgate.analyze.local.condition;

import static io.iamgate.analyze.local.condition.Policies.allow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PathElement;
import org.junit.jupiter.api.Test;

class InvalidConditionOperatorCheckTest {

    @Test
    void reportsAnUnknownOperatorOnItsName() {
        var f = CheckTester.of(new InvalidConditionOperatorCheck())
                .policy(allow("«'StringEqual'»:{'aws:PrincipalTag/team':'a'}"))
                .expectFindings();
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
