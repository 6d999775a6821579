package io.iamgate.analyze.local.condition.global;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class InvalidRegionCheckTest {

    @Test
    void reportsCodesThatAreNoRegion() {
        CheckTester.of(new InvalidRegionCheck())
                .policy(allow("'StringEquals':{'aws:RequestedRegion':[«'us-east-9'»,'eu-west-3',«'US-EAST-1'»],"
                        + "'ec2:Region':«'moon-1'»}"))
                .expectFindings();
    }

    @Test
    void acceptsRegionsPatternsAndIgnoreCase() {
        CheckTester.of(new InvalidRegionCheck())
                .policy(allow("'StringEquals':{'aws:RequestedRegion':['us-east-1','cn-north-1','us-gov-west-1']},"
                        + "'StringLike':{'aws:RequestedRegion':'eu-*'},"
                        + "'StringEqualsIgnoreCase':{'aws:requestedregion':'US-WEST-2'}"))
                .expectNoFindings();
    }
}
