package io.iamgate.analyze.local.servicekey;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class MissingQualifierCheckTest {

    @Test
    void reportsAMultivaluedKeyWithoutQualifier() {
        CheckTester.of(new MissingQualifierCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "events:PutRule",
                              "Resource": "*",
                              "Condition": {
                                "StringEquals": {«"events:detail-type"»: ["a", "b"]},
                                "StringLike": {«"aws:TagKeys"»: "x*"}
                              }
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void qualifiedSingleValuedAndNullPass() {
        CheckTester.of(new MissingQualifierCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "*",
                              "Resource": "*",
                              "Condition": {
                                "ForAnyValue:StringEquals": {"aws:TagKeys": "a"},
                                "StringEquals": {"aws:PrincipalOrgID": "o-1"},
                                "Null": {"aws:TagKeys": "false"}
                              }
                            }
                          ]
                        }""").expectNoFindings();
    }
}
