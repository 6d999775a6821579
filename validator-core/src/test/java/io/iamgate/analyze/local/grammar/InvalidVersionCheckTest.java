package io.iamgate.analyze.local.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class InvalidVersionCheckTest {

    @Test
    void reportsADateThatIsNotALanguageVersionOnItsValue() {
        var findings = CheckTester.of(new InvalidVersionCheck()).policy("""
                        {
                            "Version": «"2024-01-01"»,
                            "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]
                        }
                        """).expectFindings();
        assertEquals(
                "The version 2024-01-01 is not valid. Use one of the following versions: 2012-10-17, 2008-10-17.",
                findings.get(0).findingDetails());
    }

    @Test
    void theOlderLanguageVersionIsValid() {
        CheckTester.of(new InvalidVersionCheck()).policy("""
                        {
                            "Version": "2008-10-17",
                            "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]
                        }
                        """).expectNoFindings();
    }

    @Test
    void aNumericVersionIsATypeMismatchNotAnInvalidVersion() {
        CheckTester.of(new InvalidVersionCheck()).policy("""
                        {
                            "Version": 20121017,
                            "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]
                        }
                        """).expectNoFindings();
    }
}
