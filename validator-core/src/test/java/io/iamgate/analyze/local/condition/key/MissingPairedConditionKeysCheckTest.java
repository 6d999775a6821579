package io.iamgate.analyze.local.condition.key;

import static io.iamgate.analyze.local.condition.Policies.allow;
import static io.iamgate.analyze.local.condition.Policies.deny;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class MissingPairedConditionKeysCheckTest {

    @Test
    void reportsVpcSourceIpAloneInAnAllow() {
        CheckTester.of(new MissingPairedConditionKeysCheck())
                .policy(allow("'IpAddress':{«'aws:VpcSourceIp'»:'10.0.0.0/16'}"))
                .expectFindings();
    }

    @Test
    void acceptsItWithSourceVpcAnywhereInTheConditionAndInDenies() {
        CheckTester.of(new MissingPairedConditionKeysCheck())
                .policy(
                        allow(
                                "'IpAddress':{'aws:VpcSourceIp':'10.0.0.0/16'},'StringEquals':{'aws:SourceVpc':'vpc-0a1b2c3d'}"))
                .expectNoFindings();
        CheckTester.of(new MissingPairedConditionKeysCheck())
                .policy(deny("'NotIpAddress':{'aws:VpcSourceIp':'10.0.0.0/16'}"))
                .expectNoFindings();
    }
}
