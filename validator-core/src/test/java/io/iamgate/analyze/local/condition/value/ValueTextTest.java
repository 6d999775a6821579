package io.iamgate.analyze.local.condition.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValueTextTest {

    @Test
    void tellsVariablesFromEscapes() {
        assertTrue(ValueText.hasVariable("home/${aws:username}/*"));
        assertFalse(ValueText.hasVariable("a${*}b${?}c${$}"));
        assertFalse(ValueText.hasVariable("${unterminated"));
    }

    @Test
    void findsWildcardsOutsideVariables() {
        assertTrue(ValueText.hasWildcard("a*"));
        assertTrue(ValueText.hasWildcard("a?"));
        assertFalse(ValueText.hasWildcard("a${*}"));
        assertFalse(ValueText.hasWildcard("${aws:username}"));
    }

    @Test
    void countsLiteralCharactersBeforeThePattern() {
        assertEquals(5, ValueText.literalPrefixLength("repo:*", true, true));
        assertEquals(4, ValueText.literalPrefixLength("org:${aws:username}", true, true));
        assertEquals(2, ValueText.literalPrefixLength("a${*}*", true, true));
        assertEquals(3, ValueText.literalPrefixLength("abc", true, true));
    }

    @Test
    void matchAllIsOnlyStars() {
        assertTrue(ValueText.isMatchAll("*"));
        assertTrue(ValueText.isMatchAll("***"));
        assertFalse(ValueText.isMatchAll("*?"));
        assertFalse(ValueText.isMatchAll(""));
    }
}
