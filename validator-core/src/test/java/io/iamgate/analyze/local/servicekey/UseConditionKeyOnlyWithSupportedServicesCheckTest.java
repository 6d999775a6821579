package io.iamgate.analyze.local.servicekey;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class UseConditionKeyOnlyWithSupportedServicesCheckTest {

    @Test
    void reportsTheKeyOnAStatementForAllServices() {
        CheckTester.of(new UseConditionKeyOnlyWithSupportedServicesCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Deny",
                              "Action": "*",
                              "Resource": "*",
                              "Condition": {
                                "StringNotEquals": {«"aws:VpceAccount"»: "111122223333"}
                              }
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void otherKeysPass() {
        CheckTester.of(new UseConditionKeyOnlyWithSupportedServicesCheck())
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Deny",
                              "Action": "*",
                              "Resource": "*",
                              "Condition": {"StringNotEquals": {"aws:SourceVpce": "vpce-1"}}
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
