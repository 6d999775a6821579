package io.iamgate.analyze.local.condition;

import static io.iamgate.analyze.local.condition.Policies.allow;
import static io.iamgate.analyze.local.condition.Policies.json;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class EmptyObjectConditionCheckTest {

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
                .policy(allow("'StringEquals':{'aws:PrincipalTag/a':'x'}"))
                .expectNoFindings();
    }
}
