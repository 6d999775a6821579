package io.iamgate.analyze.local.condition.value;

import static io.iamgate.analyze.local.condition.Policies.allow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class RedundantConditionValueNumCheckTest {

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
                .policy(
                        allow(
                                "'NumericEquals':{'s3:max-keys':['1','2']},'NumericLessThan':{'aws:MultiFactorAuthAge':['3600']}"))
                .expectNoFindings();
    }
}
