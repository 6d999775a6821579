package io.iamgate.analyze.local.condition.key;

import static io.iamgate.analyze.local.condition.Policies.allow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class MissingTagKeyInConditionCheckTest {

    @Test
    void reportsTagFamiliesWithoutATagKey() {
        var f = CheckTester.of(new MissingTagKeyInConditionCheck())
                .policy(allow("'StringEquals':{«'aws:ResourceTag'»:'JaneDoe',«'ec2:RequestTag/'»:'x'}"))
                .expectFindings();
        assertTrue(f.get(0).findingDetails().contains("aws:ResourceTag/tag-key"));
    }

    @Test
    void acceptsTagKeysAndTagKeysLists() {
        CheckTester.of(new MissingTagKeyInConditionCheck())
                .policy(allow("'StringEquals':{'aws:ResourceTag/team':'a','aws:PrincipalTag/x':'b'},"
                        + "'ForAllValues:StringEquals':{'aws:TagKeys':['team']}"))
                .expectNoFindings();
    }
}
