package io.iamgate.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.iamgate.report.SecretRedactor;
import org.junit.jupiter.api.Test;

class SecretRedactorTest {

    @Test
    void accessKeyIdsAreRedacted() {
        assertEquals("key [REDACTED] and [REDACTED].",
                SecretRedactor.redact("key AKIAIOSFODNN7EXAMPLE and ASIAY34FZKBOKMUTVV7A."));
    }

    @Test
    void secretShapedValuesAreRedacted() {
        assertEquals("secret \"[REDACTED]\"",
                SecretRedactor.redact("secret \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\""));
        assertEquals("aws_secret_access_key = [REDACTED]",
                SecretRedactor.redact("aws_secret_access_key = shortButNamed"));
        String token = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD6Zp2D9Xq1lq7yJ0uEXAMPLExEXAMPLEx"
                + "EXAMPLEtokenTOKENtoken1234567890abcdefABCDEF";
        assertEquals("token [REDACTED]", SecretRedactor.redact("token " + token));
    }

    @Test
    void ordinaryPolicyTextIsLeftAlone() {
        String[] kept = {
            "arn:aws:iam::111122223333:role/AROAEXAMPLEROLEID12345",
            "The action s3:GetObjectVersionForReplicationAndStuff does not exist.",
            "0123456789abcdef0123456789abcdef01234567", // a SHA-1: lower case and digits only
            "AKIAIOSFODNN7EXAMPLEX", // 17 characters after AKIA: not an access key ID
            "arn:aws:s3:::my-bucket/some/Path/With/Many/Segments/2024/Reports",
        };
        for (String s : kept) {
            assertEquals(s, SecretRedactor.redact(s));
        }
        assertFalse(SecretRedactor.redact("x AKIAIOSFODNN7EXAMPLE").contains("AKIA"));
    }
}
