package io.iamgate.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.iamgate.report.SecretRedactor;
import org.junit.jupiter.api.Test;

class SecretRedactorTest {

    @Test
    void accessKeyIdsAreRedacted() {
        assertEquals(
                "key [REDACTED] and [REDACTED].",
                SecretRedactor.redact("key AKIAIOSFODNN7EXAMPLE and ASIAY34FZKBOKMUTVV7A."));
    }

    @Test
    void secretShapedValuesAreRedacted() {
        assertEquals(
                "secret \"[REDACTED]\"", SecretRedactor.redact("secret \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\""));
        assertEquals(
                "aws_secret_access_key = [REDACTED]", SecretRedactor.redact("aws_secret_access_key = shortButNamed"));
        String token = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD6Zp2D9Xq1lq7yJ0uEXAMPLExEXAMPLEx"
                + "EXAMPLEtokenTOKENtoken1234567890abcdefABCDEF";
        assertEquals("token [REDACTED]", SecretRedactor.redact("token " + token));
    }

    @Test
    void secretAfterEqualsIsRedacted() {
        assertEquals("key=[REDACTED]&x=1", SecretRedactor.redact("key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY&x=1"));
        assertEquals("s=[REDACTED]", SecretRedactor.redact("s=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
    }

    @Test
    void secretAfterSlashIsRedacted() {
        assertEquals(
                "arn:aws:s3:::bucket/[REDACTED]",
                SecretRedactor.redact("arn:aws:s3:::bucket/wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
        assertEquals(
                "https://h.test/keys/[REDACTED]/v1",
                SecretRedactor.redact("https://h.test/keys/wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY/v1"));
    }

    @Test
    void sessionTokenAfterEqualsIsRedactedAndTheNameKept() {
        String token = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD6Zp2D9Xq1lq7yJ0uEXAMPLExEXAMPLEx"
                + "EXAMPLEtokenTOKENtoken1234567890abcdefABCDEF==";
        assertEquals("X-Amz-Security-Token=[REDACTED]", SecretRedactor.redact("X-Amz-Security-Token=" + token));
    }

    @Test
    void githubTokenIsRedacted() {
        String classic = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
        for (String prefix : new String[] {"ghp_", "gho_", "ghu_", "ghs_", "ghr_"}) {
            String token = prefix + classic.substring(4);
            assertEquals("token: [REDACTED].", SecretRedactor.redact("token: " + token + "."), token);
        }
        String fineGrained =
                "github_pat_11ABCDEFG0abcdefghijkl_mnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefgh";
        assertEquals("Authorization: Bearer [REDACTED]", SecretRedactor.redact("Authorization: Bearer " + fineGrained));
    }

    @Test
    void wordsThatMerelyStartLikeAGithubTokenAreKept() {
        String[] kept = {"ghp_short", "the ghs_ prefix", "github_pat_", "xghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"};
        for (String s : kept) {
            assertEquals(s, SecretRedactor.redact(s));
        }
    }

    @Test
    void pathsAndDigestsAfterEqualsOrSlashAreKept() {
        String[] kept = {
            "sha1=0123456789abcdef0123456789abcdef01234567",
            "commit/0123456789ABCDEF0123456789ABCDEF01234567", // upper-case hex: no lower case
            "arn:aws:s3:::bucket/some/Path/With/Many/Segments/2024/More", // a path: too many '/'
            "Resources.AppRole2024WithAVeryLongLogicalIdForTheTest.Properties.PolicyDocument",
        };
        for (String s : kept) {
            assertEquals(s, SecretRedactor.redact(s));
        }
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
