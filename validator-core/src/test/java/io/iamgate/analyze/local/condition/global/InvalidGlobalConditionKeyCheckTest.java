package io.iamgate.analyze.local.condition.global;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class InvalidGlobalConditionKeyCheckTest {

    @Test
    void reportsUnknownAwsKeysOnTheKeyName() {
        CheckTester.of(new InvalidGlobalConditionKeyCheck())
                .policy(allow("'StringEquals':{«'aws:SourceAcount'»:'111122223333',«'aws:ResourceTags/x'»:'a'}"))
                .expectFindings();
    }

    @Test
    void acceptsKnownKeysInAnyCaseTagFamiliesAndServiceKeys() {
        CheckTester.of(new InvalidGlobalConditionKeyCheck())
                .policy(allow("'StringEquals':{'aws:SourceAccount':'1','aws:resourceorgid':'o-1',"
                        + "'aws:PrincipalTag/team':'a','s3:prefix':'x','aws:ResourceTag':'bare, reported as missing tag key'},"
                        + "'ForAnyValue:StringEquals':{'aws:CalledVia':'athena.amazonaws.com'}"))
                .expectNoFindings();
    }
}
