package io.iamgate.analyze.local.condition.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IamDateTest {

    @Test
    void classifiesW3cDatesEpochAndNonsense() {
        for (String precise : new String[] {
            "2025-01-31",
            "2024-02-29",
            "2025-01-31T23:59Z",
            "2025-01-31T23:59:59Z",
            "2025-01-31T23:59:59.5+05:30",
            "2025-01-31T00:00:00",
            "1735689600",
            "0"
        }) {
            assertEquals(IamDate.Kind.PRECISE, IamDate.classify(precise), precise);
        }
        for (String imprecise : new String[] {"2021", "2021-06"}) {
            assertEquals(IamDate.Kind.IMPRECISE, IamDate.classify(imprecise), imprecise);
        }
        for (String invalid : new String[] {
            "",
            "tomorrow",
            "2023-02-29",
            "2025-00-10",
            "2025-1-1",
            "2025-13",
            "2025-01-31T24:00Z",
            "2025-01-31T10:00+5",
            "2025-01-31 10:00",
            "31/01/2025",
            "2025-01-31Z"
        }) {
            assertEquals(IamDate.Kind.INVALID, IamDate.classify(invalid), invalid);
        }
    }
}
