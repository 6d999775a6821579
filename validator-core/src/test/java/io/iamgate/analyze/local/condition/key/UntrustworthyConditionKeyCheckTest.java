package io.iamgate.analyze.local.condition.key;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class UntrustworthyConditionKeyCheckTest {

    @Test
    void reportsCallerControlledHeaders() {
        CheckTester.of(new UntrustworthyConditionKeyCheck())
                .policy(allow("'StringLike':{«'aws:UserAgent'»:'MyApp/*',«'aws:referer'»:'https://example.com/*'}"))
                .expectFindings();
    }

    @Test
    void acceptsKeysAwsSets() {
        CheckTester.of(new UntrustworthyConditionKeyCheck())
                .policy(allow("'StringEquals':{'aws:SourceVpce':'vpce-0a1b2c3d','aws:PrincipalArn':'x'}"))
                .expectNoFindings();
    }
}
