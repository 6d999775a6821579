package io.iamgate.analyze.local.condition.ip;

import static io.iamgate.analyze.local.condition.Policies.allow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class ImproveIpRangeCheckTest {

    @Test
    void reportsHostBitsWithTheNormalizedRange() {
        var f = CheckTester.of(new ImproveIpRangeCheck())
                .policy(allow("'IpAddress':{'aws:SourceIp':[«'203.0.113.7/24'»,'198.51.100.0/24',«'2001:db8::1/32'»]}"))
                .expectFindings();
        assertTrue(f.get(0).findingDetails().contains("Write 203.0.113.0/24 instead"));
        assertTrue(f.get(1).findingDetails().contains("Write 2001:db8::/32 instead"));
    }

    @Test
    void acceptsCleanRangesAndBareAddresses() {
        CheckTester.of(new ImproveIpRangeCheck())
                .policy(allow("'IpAddress':{'aws:SourceIp':['203.0.113.0/24','203.0.113.7','0.0.0.0/0']}"))
                .expectNoFindings();
    }
}
