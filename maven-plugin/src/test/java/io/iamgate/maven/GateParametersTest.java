package io.iamgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.config.ConfigFile;
import io.iamgate.config.FailOn;
import io.iamgate.config.RunConfig;
import io.iamgate.model.FindingType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateParametersTest {

    private static final Path BASE = Path.of("/work/project").toAbsolutePath();
    private static final List<Path> SOURCES = List.of(BASE.resolve("src/main/iam"));

    private static GateParameters params(String failOn, List<String> analyzers, List<Path> regoDirs) {
        return new GateParameters(BASE, SOURCES, failOn, analyzers, null, null, regoDirs, Optional.empty());
    }

    @Test
    void cloudFormationParametersOfThePomComeAfterTheConfigurationsSoTheyWin(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("prod.json"), "[\"Stage=prod\", \"Bucket=b\"]");
        RunConfig fromFile = RunConfig.builder(BASE)
                .parameters(List.of(
                        new io.iamgate.config.ParameterSet(Optional.of("stacks/**"), java.util.Map.of("Stage", "dev"))))
                .build();

        RunConfig c = GateParameters.withCloudFormationParameters(
                fromFile, Optional.of(file), java.util.Map.of("Bucket", "reports"));

        assertEquals(
                List.of(
                        new io.iamgate.config.ParameterSet(Optional.of("stacks/**"), java.util.Map.of("Stage", "dev")),
                        io.iamgate.config.ParameterSet.everyTemplate(java.util.Map.of("Stage", "prod", "Bucket", "b")),
                        io.iamgate.config.ParameterSet.everyTemplate(java.util.Map.of("Bucket", "reports"))),
                c.parameters());
        assertThrows(
                io.iamgate.config.ConfigException.class,
                () -> GateParameters.withCloudFormationParameters(
                        fromFile, Optional.of(dir.resolve("missing.json")), null));
    }

    @Test
    void unsetParametersGiveTheCoreDefaults() {
        RunConfig c = params(null, null, null).toRunConfig();
        assertEquals(BASE, c.workingDirectory());
        assertEquals(SOURCES, c.paths());
        assertEquals(FailOn.DEFAULT, c.failOn());
        assertTrue(c.rego().builtinRules());
        assertTrue(c.rego().userPacks().isEmpty());
        assertFalse(c.aws().enabled());
        assertEquals(Optional.empty(), c.baseline());
    }

    @Test
    void failOnIsParsedByTheCore() {
        assertEquals(
                Set.of(FindingType.WARNING, FindingType.ERROR),
                params("warning, ERROR", null, null).toRunConfig().failOn().types());
        assertTrue(params("NONE", null, null).toRunConfig().failOn().types().isEmpty());
    }

    @Test
    void failOnUncheckedReachesTheGate() {
        assertTrue(params("ERROR,UNCHECKED", null, null).toRunConfig().failOn().unchecked());
        assertFalse(params("ERROR", null, null).toRunConfig().failOn().unchecked());
    }

    @Test
    void failOnTakesIssueCodesAndGlobs() {
        assertEquals(
                Set.of("MISSING_VERSION", "IAMGATE_PRIVESC_*"),
                params("ERROR,MISSING_VERSION,IAMGATE_PRIVESC_*", null, null)
                        .toRunConfig()
                        .failOn()
                        .codes());
    }

    @Test
    void badFailOnNamesTheParameterAndItsProperty() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> params("ERROR,BOGUS", null, null).toRunConfig());
        assertTrue(e.getMessage().startsWith("failOn (iamgate.failOn): unknown finding type 'BOGUS'"), e.getMessage());
    }

    @Test
    void analyzersChooseAwsAndRego() {
        RunConfig localOnly = params(null, List.of("local"), null).toRunConfig();
        assertFalse(localOnly.rego().builtinRules());
        assertFalse(localOnly.aws().enabled());

        RunConfig withAws = new GateParameters(
                        BASE,
                        SOURCES,
                        null,
                        List.of("local", " AWS "),
                        "eu-west-1",
                        "ci",
                        List.of(),
                        Optional.of(BASE.resolve("baseline.json")))
                .toRunConfig();
        assertTrue(withAws.aws().enabled());
        assertEquals(Optional.of("eu-west-1"), withAws.aws().region());
        assertEquals(Optional.of("ci"), withAws.aws().profile());
        assertFalse(withAws.rego().builtinRules());
        assertEquals(Optional.of(BASE.resolve("baseline.json")), withAws.baseline());
    }

    @Test
    void regoDirsAreUserPacks() {
        List<Path> packs = List.of(BASE.resolve("policy"));
        RunConfig c = params(null, List.of("rego"), packs).toRunConfig();
        assertTrue(c.rego().builtinRules());
        assertEquals(packs, c.rego().userPacks());
    }

    @Test
    void regoDirsWithoutRegoAreRefusedRatherThanIgnored() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> params(null, List.of("local"), List.of(BASE.resolve("policy")))
                        .toRunConfig());
        assertTrue(e.getMessage().contains("regoDirs is set but analyzers"), e.getMessage());
    }

    @Test
    void unknownAnalyzerIsRefused() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> params(null, List.of("local", "checkov"), null).toRunConfig());
        assertEquals(
                "analyzers (iamgate.analyzers): unknown analyzer 'checkov' (expected local, aws, rego)",
                e.getMessage());
    }

    @Test
    void withoutTheAnalyzersParameterTheConfigurationFileTurnsTheRegoRulesOff(@TempDir Path dir) throws Exception {
        RunConfig fromFile = configFile(dir, """
                analyzers: [local]
                """);
        RunConfig c = new GateParameters(dir, List.of(dir), null, null, null, null, null, Optional.empty())
                .toRunConfig(fromFile);
        assertFalse(c.rego().builtinRules());
        assertTrue(c.rego().userPacks().isEmpty());
    }

    @Test
    void withoutTheAnalyzersParameterTheConfigurationFilesRegoKeysStand(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("policy"));
        RunConfig fromFile = configFile(dir, """
                rego:
                  builtin: false
                  packs: [policy]
                """);
        RunConfig c = new GateParameters(dir, List.of(dir), null, null, null, null, null, Optional.empty())
                .toRunConfig(fromFile);
        assertFalse(c.rego().builtinRules());
        assertEquals(List.of(dir.resolve("policy")), c.rego().userPacks());
    }

    @Test
    void theAnalyzersParameterOverridesTheConfigurationFile(@TempDir Path dir) throws Exception {
        RunConfig fromFile = configFile(dir, """
                analyzers: [local]
                """);
        RunConfig c = new GateParameters(
                        dir, List.of(dir), null, List.of("local", "rego"), null, null, null, Optional.empty())
                .toRunConfig(fromFile);
        assertTrue(c.rego().builtinRules());
    }

    private static RunConfig configFile(Path dir, String yaml) throws Exception {
        Path file = dir.resolve(".iamgate.yml");
        Files.writeString(file, yaml);
        return ConfigFile.load(dir, Optional.of(file));
    }
}
