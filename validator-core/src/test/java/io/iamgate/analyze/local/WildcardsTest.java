package io.iamgate.analyze.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WildcardsTest {

    @Test
    void patternsThatCoverPassRole() {
        for (String pattern : new String[] {"*", "iam:*", "iam:Pass*", "IAM:passrole", "iam:*Role", "iam:P?ssRole",
            "*:PassRole", "i*:*s*R*"}) {
            assertTrue(Wildcards.matches(pattern, "iam:PassRole"), pattern);
        }
    }

    @Test
    void patternsThatDoNot() {
        for (String pattern : new String[] {"iam:Get*", "iam:PassRoles", "iam:PassRol", "iam:?PassRole", "s3:*", "",
            "iam:Pass?"}) {
            assertFalse(Wildcards.matches(pattern, "iam:PassRole"), pattern);
        }
    }

    @Test
    void servicePrefix() {
        assertEquals("s3", Wildcards.serviceOf("s3:GetObject"));
        assertEquals("", Wildcards.serviceOf("*"));
        assertTrue(Wildcards.isStar("*"));
        assertFalse(Wildcards.isStar("arn:aws:iam::*:role/*"));
    }
}
