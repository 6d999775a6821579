package io.iamgate.analyze.local.variable;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class MissingQuoteInVariableCheckTest {

    @Test
    void unquotedDefault() {
        CheckTester.of(new MissingQuoteInVariableCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:*",
                              "Resource": «"arn:aws:s3:::b-${aws:PrincipalTag/team, company-wide}"»
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void quotedDefault() {
        CheckTester.of(new MissingQuoteInVariableCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:*",
                              "Resource": "arn:aws:s3:::b-${aws:PrincipalTag/team, 'company-wide'}"
                            }
                          ]
                        }""").expectNoFindings();
    }
}
