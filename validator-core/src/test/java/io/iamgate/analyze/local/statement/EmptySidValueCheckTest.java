package io.iamgate.analyze.local.statement;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class EmptySidValueCheckTest {

    @Test
    void emptySid() {
        CheckTester.of(new EmptySidValueCheck())
                .policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":«\"\"»,\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                        + "\"Resource\":\"*\"}]}")
                .expectFindings();
    }

    @Test
    void namedSid() {
        CheckTester.of(new EmptySidValueCheck())
                .policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\" \",\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\""
                        + "Resource\":\"*\"}]}")
                .expectNoFindings();
    }
}
