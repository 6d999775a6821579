package io.iamgate.analyze.local.condition;

import static io.iamgate.analyze.local.condition.Policies.allow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.analyze.local.condition.ip.ImproveIpRangeCheck;
import io.iamgate.analyze.local.condition.ip.PrivateIpAddressCheck;
import io.iamgate.analyze.local.condition.ip.PrivateIpAddressSubsetCheck;
import io.iamgate.analyze.local.condition.ip.PrivateNotIpAddressCheck;
import io.iamgate.analyze.local.condition.ip.PrivateNotIpAddressSubsetCheck;
import io.iamgate.analyze.local.condition.ip.TypeMismatchIpRangeCheck;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The checks on IpAddress / NotIpAddress values. */
class IpChecksTest {

    @Nested
    class TypeMismatchIpRange {
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
    }

    @Nested
    class ImproveIpRange {
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

    @Nested
    class PrivateAddresses {
        @Test
        void reportsOnlyPrivateRangesUnderIpAddress() {
            CheckTester.of(new PrivateIpAddressCheck())
                    .policy(allow("'IpAddress':{'aws:SourceIp':[«'10.0.0.0/8'»,«'192.168.1.0/24'»]}"))
                    .expectFindings();
        }

        @Test
        void reportsOnlyPrivateRangesUnderNotIpAddress() {
            CheckTester.of(new PrivateNotIpAddressCheck())
                    .policy(allow("'NotIpAddress':{'aws:SourceIp':[«'172.16.0.0/12'»,«'fd00::/8'»]}"))
                    .expectFindings();
        }

        @Test
        void reportsTheIpAddressSubsetOnItsPrivateValues() {
            CheckTester.of(new PrivateIpAddressSubsetCheck())
                    .policy(allow("'IpAddress':{'aws:SourceIp':[«'10.0.0.0/8'»,'203.0.113.0/24']}"))
                    .expectFindings();
        }

        @Test
        void reportsTheNotIpAddressSubsetOnItsPrivateValues() {
            CheckTester.of(new PrivateNotIpAddressSubsetCheck())
                    .policy(allow("'NotIpAddress':{'aws:SourceIp':['203.0.113.0/24',«'127.0.0.1'»]}"))
                    .expectFindings();
        }

        @Test
        void eachCheckStaysSilentOnTheOthersCases() {
            String allPrivate = allow("'IpAddress':{'aws:SourceIp':['10.0.0.0/8']}");
            String mixed = allow("'IpAddress':{'aws:SourceIp':['10.0.0.0/8','203.0.113.0/24']}");
            CheckTester.of(new PrivateIpAddressCheck()).policy(mixed).expectNoFindings();
            CheckTester.of(new PrivateIpAddressSubsetCheck()).policy(allPrivate).expectNoFindings();
            CheckTester.of(new PrivateNotIpAddressCheck()).policy(allPrivate).expectNoFindings();
            CheckTester.of(new PrivateNotIpAddressSubsetCheck()).policy(mixed).expectNoFindings();
        }

        @Test
        void privateRangesAreFineOnVpcSourceIpAndPublicOnesOnSourceIp() {
            String policy = allow("'IpAddress':{'aws:VpcSourceIp':['10.0.0.0/8'],'aws:SourceIp':['203.0.113.0/24',"
                    + "'0.0.0.0/0','11.0.0.0/7']}");
            CheckTester.of(new PrivateIpAddressCheck()).policy(policy).expectNoFindings();
            CheckTester.of(new PrivateIpAddressSubsetCheck()).policy(policy).expectNoFindings();
        }
    }
}
