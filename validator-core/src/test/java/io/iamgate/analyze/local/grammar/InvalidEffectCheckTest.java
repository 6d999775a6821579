package io.iamgate.analyze.local.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class InvalidEffectCheckTest {

    @Test
    void reportsLowercaseEffectOnItsValue() {
        var findings = CheckTester.of(new InvalidEffectCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {"Effect": «"allow"», "Action": "s3:GetObject", "Resource": "*"}
                          ]
                        }""").expectFindings();
        assertEquals(
                "The effect allow is not valid. Use Allow or Deny (case-sensitive).",
                findings.get(0).findingDetails());
    }

    @Test
    void acceptsAllowAndDenyInASingleObjectStatement() {
        CheckTester.of(new InvalidEffectCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": {"Effect": "Deny", "Action": "s3:*", "Resource": "*"}
                        }""").expectNoFindings();
    }
}
