package io.iamgate.analyze.local.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class MissingEffectCheckTest {

    @Test
    void reportsTheStatementWithoutEffect() {
        var findings = CheckTester.of(new MissingEffectCheck()).policy("""
                        {
                            "Version": "2012-10-17",
                            "Statement": «{"Action": "s3:GetObject", "Resource": "*"}»
                        }
                        """).expectFindings();
        assertEquals(
                "The statement has no Effect element. Add \"Effect\": \"Allow\" or \"Effect\": \"Deny\".",
                findings.get(0).findingDetails());
    }

    @Test
    void anInvalidEffectIsStillAnEffect() {
        // "allow" is INVALID_EFFECT's to report; the element is present.
        CheckTester.of(new MissingEffectCheck()).policy("""
                        {
                            "Version": "2012-10-17",
                            "Statement": [{"Effect": "allow", "Action": "s3:GetObject", "Resource": "*"}]
                        }
                        """).expectNoFindings();
    }
}
