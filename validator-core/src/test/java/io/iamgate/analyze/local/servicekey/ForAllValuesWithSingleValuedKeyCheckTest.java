package io.iamgate.analyze.local.servicekey;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class ForAllValuesWithSingleValuedKeyCheckTest {

    @Test
    void reportsForAllValuesOnASingleValuedKey() {
        CheckTester.of(new ForAllValuesWithSingleValuedKeyCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "*",
                              "Resource": "*",
                              "Condition": {
                                "ForAllValues:StringEquals": {
                                  «"aws:PrincipalOrgID"»: "o-abc",
                                  "aws:TagKeys": ["a"]
                                }
                              }
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void forAnyValueAndMultivaluedPass() {
        CheckTester.of(new ForAllValuesWithSingleValuedKeyCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "*",
                              "Resource": "*",
                              "Condition": {
                                "ForAnyValue:StringEquals": {"aws:PrincipalOrgID": "o-abc"},
                                "ForAllValues:StringLike": {"aws:TagKeys": "a*"}
                              }
                            }
                          ]
                        }""").expectNoFindings();
    }
    /** Real answers: ForAllValues on organizations:ServicePrincipal and on ssm:resourceTag/env warn. */
    @Test
    void reportsServiceKeysTheReferenceTypesString() {
        CheckTester.of(new ForAllValuesWithSingleValuedKeyCheck()).policy("""
                        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ssm:SendCommand","Resource":"*",
                         "Condition":{"ForAllValues:StringLike":{«"organizations:ServicePrincipal"»:"*.amazonaws.com",
                                                                 «"ssm:resourceTag/env"»:"dev"}}}]}""").expectFindings();
    }

    /** Near miss: in a Deny, matching a missing key denies more and grants nothing; no warning on a guess. */
    @Test
    void denyStatementsAreNotJudged() {
        CheckTester.of(new ForAllValuesWithSingleValuedKeyCheck()).policy("""
                        {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*",
                         "Condition":{"ForAllValues:StringNotEquals":{"aws:RequestedRegion":["eu-west-1","eu-central-1"]}}}]}""").expectNoFindings();
    }
}
