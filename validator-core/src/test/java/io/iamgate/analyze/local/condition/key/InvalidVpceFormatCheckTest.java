package io.iamgate.analyze.local.condition.key;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class InvalidVpceFormatCheckTest {

    @Test
    void reportsMalformedVpcEndpointIds() {
        CheckTester.of(new InvalidVpceFormatCheck())
                .policy(allow("'StringNotEquals':{'aws:SourceVpce':[«'vpce-123'»,«'vpc-0a1b2c3d'»]}"))
                .expectFindings();
    }

    @Test
    void acceptsWellFormedIdsAndOtherKeys() {
        CheckTester.of(new InvalidVpceFormatCheck())
                .policy(allow("'StringEquals':{'aws:SourceVpce':['vpce-0a1b2c3d4e5f67890','vpce-0a1b2c3d'],"
                        + "'aws:SourceVpc':'x'}"))
                .expectNoFindings();
    }
}
