package io.iamgate.analyze.local.condition.value;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class TypeMismatchDateCheckTest {

    @Test
    void reportsUnreadableDates() {
        CheckTester.of(new TypeMismatchDateCheck())
                .policy(allow("'DateLessThan':{'aws:CurrentTime':[«'tomorrow'»,«'2025-02-30'»,«'2025-13-01'»,"
                        + "«'2025-01-01 10:00'»]}"))
                .expectFindings();
    }

    @Test
    void acceptsIsoDatesDateTimesEpochSecondsAndImpreciseDates() {
        CheckTester.of(new TypeMismatchDateCheck())
                .policy(
                        allow(
                                "'DateGreaterThan':{'aws:CurrentTime':['2025-01-31','2025-01-31T23:59:59Z',"
                                        + "'2024-02-29T10:00+01:00','2025-01-31T23:59:59.123Z','1735689600',1735689600,'2021','2021-06']}"))
                .expectNoFindings();
    }
}
