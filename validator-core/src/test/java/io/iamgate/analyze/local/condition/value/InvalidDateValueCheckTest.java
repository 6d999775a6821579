package io.iamgate.analyze.local.condition.value;

import static io.iamgate.analyze.local.condition.Policies.allow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class InvalidDateValueCheckTest {

    @Test
    void reportsBareYearsAndYearMonthsAsImprecise() {
        var f = CheckTester.of(new InvalidDateValueCheck())
                .policy(allow("'DateGreaterThan':{'aws:CurrentTime':[«'2021'»,«'2021-06'»]}"))
                .expectFindings();
        assertTrue(f.get(0).findingDetails().startsWith("The date 2021 "));
    }

    @Test
    void acceptsFullDatesEpochSecondsAndLeavesNonsenseToTypeMismatchDate() {
        CheckTester.of(new InvalidDateValueCheck())
                .policy(allow("'DateGreaterThan':{'aws:CurrentTime':['2025-01-31','2025-01-31T23:59:59Z',"
                        + "'1735689600','tomorrow']},'StringEquals':{'aws:PrincipalTag/year':'2021'}"))
                .expectNoFindings();
    }
}
