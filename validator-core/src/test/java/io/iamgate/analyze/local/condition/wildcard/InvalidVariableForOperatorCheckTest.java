package io.iamgate.analyze.local.condition.wildcard;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class InvalidVariableForOperatorCheckTest {

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
