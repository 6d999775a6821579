package io.iamgate.analyze.local.condition.ip;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class TypeMismatchIpRangeCheckTest {

    @Test
    void reportsValuesThatAreNoAddressOrRange() {
        CheckTester.of(new TypeMismatchIpRangeCheck())
                .policy(allow("'IpAddress':{'aws:SourceIp':[«'203.0.113.0/33'»,«'256.1.1.1'»,«'example.com'»,"
                        + "'203.0.113.0/24']},'NotIpAddress':{'aws:SourceIp':«'2001:db8:::1'»}"))
                .expectFindings();
    }

    @Test
    void acceptsIpv4Ipv6AddressesAndRanges() {
        CheckTester.of(new TypeMismatchIpRangeCheck())
                .policy(allow("'IpAddress':{'aws:SourceIp':['203.0.113.7','203.0.113.0/24','2001:db8::/32',"
                        + "'::ffff:203.0.113.1','2001:0db8:0000:0000:0000:0000:0000:0001/128']}"))
                .expectNoFindings();
    }

    @Test
    void invalidCidrDoubleZeroPrefixIsReported() {
        // "/00" is no CIDR prefix; read as /0 it would quietly turn into the whole internet.
        CheckTester.of(new TypeMismatchIpRangeCheck())
                .policy(allow("'IpAddress':{'aws:SourceIp':[«'0.0.0.0/00'»,«'203.0.113.0/024'»]}"))
                .expectFindings();
    }

    @Test
    void validCidrWithZeroPrefixIsSilent() {
        CheckTester.of(new TypeMismatchIpRangeCheck())
                .policy(allow("'IpAddress':{'aws:SourceIp':['0.0.0.0/0','203.0.113.0/24','::/0','10.0.0.0/8']}"))
                .expectNoFindings();
    }
}
