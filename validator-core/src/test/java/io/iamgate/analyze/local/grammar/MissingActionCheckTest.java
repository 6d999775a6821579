package io.iamgate.analyze.local.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class MissingActionCheckTest {

    @Test
    void reportsTheStatementWithoutActionOrNotAction() {
        var findings = CheckTester.of(new MissingActionCheck()).policy("""
                        {
                            "Version": "2012-10-17",
                            "Statement": [
                                {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},
                                «{"Effect": "Allow", "Resource": "arn:aws:s3:::bucket/*"}»
                            ]
                        }
                        """).expectFindings();
        assertEquals(
                "The statement has neither Action nor NotAction. Add an Action or NotAction element.",
                findings.get(0).findingDetails());
    }

    @Test
    void notActionNamesTheActionsToo() {
        CheckTester.of(new MissingActionCheck()).policy("""
                        {
                            "Version": "2012-10-17",
                            "Statement": {"Effect": "Deny", "NotAction": "iam:*", "Resource": "*"}
                        }
                        """).expectNoFindings();
    }
}
