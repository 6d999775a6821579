package io.iamgate.analyze.local.condition.key;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class InvalidVpcFormatCheckTest {

    @Test
    void reportsMalformedVpcIds() {
        CheckTester.of(new InvalidVpcFormatCheck())
                .policy(allow("'StringEquals':{'aws:SourceVpc':[«'vpc-123'»,'vpc-0a1b2c3d',«'vpce-0a1b2c3d'»]}"))
                .expectFindings();
    }

    @Test
    void acceptsEightAndSeventeenCharacterIdsAndPatterns() {
        CheckTester.of(new InvalidVpcFormatCheck())
                .policy(allow("'StringEquals':{'aws:SourceVpc':['vpc-0a1b2c3d','vpc-0a1b2c3d4e5f67890'],"
                        + "'aws:SourceVpce':'vpce-1'},'StringLike':{'aws:sourcevpc':'vpc-*'}"))
                .expectNoFindings();
    }
}
