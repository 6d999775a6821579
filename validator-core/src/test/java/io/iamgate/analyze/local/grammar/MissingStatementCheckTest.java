package io.iamgate.analyze.local.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class MissingStatementCheckTest {

    @Test
    void reportsAPolicyWithoutStatementOnTheWholeDocument() {
        var findings = CheckTester.of(new MissingStatementCheck()).policy("""
                        «{
                            "Version": "2012-10-17",
                            "Id": "no-statement"
                        }
                        »""").expectFindings();
        assertEquals(
                "The policy has no Statement element. Add a statement to the policy.",
                findings.get(0).findingDetails());
    }

    @Test
    void reportsAnEmptyStatementArrayOnTheArray() {
        CheckTester.of(new MissingStatementCheck()).policy("""
                        {
                            "Version": "2012-10-17",
                            "Statement": «[]»
                        }
                        """).expectFindings();
    }

    @Test
    void aSingleStatementObjectIsAStatement() {
        CheckTester.of(new MissingStatementCheck()).policy("""
                        {
                            "Version": "2012-10-17",
                            "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}
                        }
                        """).expectNoFindings();
    }
}
