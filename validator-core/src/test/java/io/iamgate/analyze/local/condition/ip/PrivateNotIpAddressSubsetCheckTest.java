package io.iamgate.analyze.local.condition.ip;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class PrivateNotIpAddressSubsetCheckTest {

    @Test
    void reportsEachPrivateValue() {
        CheckTester.of(new PrivateNotIpAddressSubsetCheck())
                .policy(allow("'NotIpAddress':{'aws:SourceIp':['203.0.113.0/24',«'127.0.0.1'»]}"))
                .expectFindings();
    }

    @Test
    void staysSilentOnTheOtherOperatorAndMixOnVpcSourceIpAndOnPublicRanges() {
        for (String other : new String[] {
            "'NotIpAddress':{'aws:SourceIp':['10.0.0.0/8']}",
            "'IpAddress':{'aws:SourceIp':['10.0.0.0/8','203.0.113.0/24']}",
            "'IpAddress':{'aws:VpcSourceIp':['10.0.0.0/8']},'NotIpAddress':{'aws:VpcSourceIp':['10.0.0.0/8']}",
            "'IpAddress':{'aws:SourceIp':['203.0.113.0/24','0.0.0.0/0','11.0.0.0/7']}"
        }) {
            CheckTester.of(new PrivateNotIpAddressSubsetCheck())
                    .policy(allow(other))
                    .expectNoFindings();
        }
    }
}
