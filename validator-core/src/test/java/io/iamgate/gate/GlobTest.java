package io.iamgate.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void aGlobWithoutSlashMatchesANameAtAnyDepth() {
        Glob g = Glob.of("*.generated.json");
        assertTrue(g.matches("a.generated.json"));
        assertTrue(g.matches("infra/deep/a.generated.json"));
        assertFalse(g.matches("infra/a.json"));
    }

    @Test
    void aGlobWithSlashIsAnchoredAtTheWorkingDirectory() {
        Glob g = Glob.of("infra/*.json");
        assertTrue(g.matches("infra/a.json"));
        assertFalse(g.matches("other/infra/a.json"));
        assertFalse(g.matches("infra/sub/a.json"), "* stays inside one directory");
        assertTrue(Glob.of("/infra/a.json").matches("infra/a.json"));
    }

    @Test
    void doubleStarCrossesDirectories() {
        Glob g = Glob.of("policies/**/*.json");
        assertTrue(g.matches("policies/a.json"), "**/ matches zero directories");
        assertTrue(g.matches("policies/x/y/a.json"));
        assertFalse(g.matches("other/a.json"));
        assertTrue(Glob.of("**/trust/*.json").matches("a/b/trust/role.json"));
        assertTrue(Glob.of("**/trust/*.json").matches("trust/role.json"));
    }

    @Test
    void aDirectoryMatchCoversEverythingBelowIt() {
        assertTrue(Glob.of("generated").matches("src/generated/deep/a.json"));
        assertTrue(Glob.of("generated/").matches("generated/a.json"));
        assertTrue(Glob.of("build/**").matches("build/x/a.json"));
        assertFalse(Glob.of("generated").matches("src/generated-not/a.json"));
    }

    @Test
    void questionMarkAndBraces() {
        assertTrue(Glob.of("role?.json").matches("role1.json"));
        assertFalse(Glob.of("role?.json").matches("role12.json"));
        Glob g = Glob.of("*.{yaml,yml}");
        assertTrue(g.matches("t/a.yaml"));
        assertTrue(g.matches("a.yml"));
        assertFalse(g.matches("a.json"));
        assertTrue(Glob.of("a.b").matches("a.b"));
        assertFalse(Glob.of("a.b").matches("axb"), "regex characters are literal");
    }

    @Test
    void malformedGlobsAreRefusedWithTheReason() {
        assertEquals("unclosed '{' in glob '*.{json'",
                assertThrows(IllegalArgumentException.class, () -> Glob.of("*.{json")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Glob.of(" "));
    }
}
