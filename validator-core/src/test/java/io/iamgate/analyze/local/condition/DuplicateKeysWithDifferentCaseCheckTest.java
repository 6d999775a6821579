package io.iamgate.analyze.local.condition;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class DuplicateKeysWithDifferentCaseCheckTest {

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
