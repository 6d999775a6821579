package io.iamgate.analyze.local.condition.key;

import static io.iamgate.analyze.local.condition.Policies.allow;
import static io.iamgate.analyze.local.condition.Policies.deny;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class DynamoDbAttributesWithoutSelectCheckTest {

    @Test
    void reportsAttributesWithoutSelect() {
        CheckTester.of(new DynamoDbAttributesWithoutSelectCheck())
                .policy(allow("'ForAllValues:StringEquals':{«'dynamodb:Attributes'»:['id','name']}"))
                .expectFindings();
    }

    @Test
    void acceptsAttributesWithSpecificAttributesSelect() {
        CheckTester.of(new DynamoDbAttributesWithoutSelectCheck())
                .policy(allow("'ForAllValues:StringEquals':{'dynamodb:Attributes':['id','name']},"
                        + "'StringEquals':{'dynamodb:Select':'SPECIFIC_ATTRIBUTES'}"))
                .expectNoFindings();
        CheckTester.of(new DynamoDbAttributesWithoutSelectCheck())
                .policy(deny("'ForAnyValue:StringNotEquals':{'dynamodb:Attributes':['id']}"))
                .expectNoFindings();
    }
}
