package io.iamgate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.model.Finding;
import io.iamgate.model.FindingType;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** failOn names finding types, and also issue codes and code globs that block whatever their type. */
class FailOnTest {

    private static Finding finding(FindingType type, String code) {
        return Finding.of(type, code, "details", "", "local", List.of());
    }

    @Test
    void anIssueCodeMakesOneSuggestionOrWarningCodeBlocking() {
        FailOn failOn = FailOn.parse("ERROR,SECURITY_WARNING,missing_version");
        assertTrue(failOn.blocks(finding(FindingType.WARNING, "MISSING_VERSION")));
        assertFalse(failOn.blocks(finding(FindingType.WARNING, "REDUNDANT_ACTION")));
        assertTrue(failOn.blocks(finding(FindingType.ERROR, "INVALID_ACTION")));
        assertEquals("ERROR,SECURITY_WARNING,MISSING_VERSION", failOn.toString());
    }

    @Test
    void aCodeGlobBlocksEveryCodeItMatches() {
        FailOn failOn = FailOn.parse("NONE,IAMGATE_PRIVESC_*");
        assertTrue(failOn.blocks(finding(FindingType.SECURITY_WARNING, "IAMGATE_PRIVESC_CREATE_ACCESS_KEY")));
        assertFalse(failOn.blocks(finding(FindingType.SECURITY_WARNING, "IAMGATE_ADMIN_WILDCARD")));
        assertFalse(failOn.blocks(finding(FindingType.ERROR, "INVALID_ACTION")));
    }

    @Test
    void codesIamgateReportsFromEverySourceAreKnown() {
        FailOn failOn = FailOn.parse("PUBLIC_ACCESS,IAMGATE_NOT_CHECKED,IAMGATE_PUBLIC_PRINCIPAL,"
                + "POLICY_SIZE_EXCEEDS_VALIDATE_POLICY_MAXIMUM,IAMGATE_PRINCIPAL_*");
        assertEquals(5, failOn.codes().size());
    }

    @Test
    void aMisspeltCodeIsAnErrorWithTheNearestKnownWord() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> FailOn.parse("ERROR,MISSING_VERSOIN"));
        assertTrue(
                e.getMessage().startsWith("unknown finding type 'MISSING_VERSOIN' (did you mean 'MISSING_VERSION'?)"),
                e.getMessage());
    }

    @Test
    void aGlobThatMatchesNoKnownCodeIsAnError() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> FailOn.parse("IAMGATE_PRIVSEC_*"));
        assertTrue(
                e.getMessage().startsWith("code glob 'IAMGATE_PRIVSEC_*' matches no issue code iamgate knows"),
                e.getMessage());
    }

    @Test
    void typesAloneNeverReadTheCatalogue() {
        FailOn failOn = FailOn.parse("error, warning, unchecked", () -> {
            throw new AssertionError("catalogue read for finding types");
        });
        assertEquals(Set.of(FindingType.ERROR, FindingType.WARNING), failOn.types());
        assertTrue(failOn.unchecked());
    }

    @Test
    void theConfigFileAcceptsCodesAndPointsAtAWrongOne(@TempDir Path dir) throws Exception {
        RunConfig c = ConfigFile.parse(
                "failOn: [ERROR, MISSING_VERSION, 'IAMGATE_PRIVESC_*']\n", ".iamgate.yml", dir, RunConfig.builder(dir));
        assertEquals(Set.of("IAMGATE_PRIVESC_*", "MISSING_VERSION"), c.failOn().codes());
        assertEquals(Set.of(FindingType.ERROR), c.failOn().types());
        String message = assertThrows(
                        ConfigException.class,
                        () -> ConfigFile.parse(
                                "paths: [.]\nfailOn: [ERROR, NOT_A_CODE]\n",
                                ".iamgate.yml",
                                dir,
                                RunConfig.builder(dir)))
                .getMessage();
        assertTrue(message.startsWith(".iamgate.yml:2: failOn: unknown finding type 'NOT_A_CODE'"), message);
    }

    @Test
    void theAccessAnalyzerCodeListIsTheCheckReferencesCodes() throws Exception {
        Set<String> reference = new java.util.TreeSet<>();
        try (var in = getClass().getResourceAsStream("/io/iamgate/docs/aa-checks.tsv")) {
            String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    reference.add(lines[i].split("\t")[1]);
                }
            }
        }
        assertEquals(reference, KnownIssueCodes.accessAnalyzer());
    }
}
