package io.iamgate.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.iamgate.config.ConfigException;
import io.iamgate.config.ConfigFile;
import io.iamgate.config.DiffCategory;
import io.iamgate.config.DiffSettings;
import io.iamgate.config.RunConfig;
import io.iamgate.reference.AccessLevel;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code diff:} section of {@code .iamgate.yml}: what added access blocks {@code iamgate diff}. */
class DiffConfigTest {

    private static final Path DIR = Path.of("/repo");

    private static DiffSettings parse(String yaml) throws ConfigException {
        return ConfigFile.parse(yaml, ".iamgate.yml", DIR, RunConfig.builder(DIR))
                .diff();
    }

    private static String error(String yaml) {
        return assertThrows(ConfigException.class, () -> parse(yaml)).getMessage();
    }

    @Test
    void withoutTheSectionEveryCategoryBlocksAndNothingIsListed() throws ConfigException {
        DiffSettings d = parse("failOn: [ERROR]\n");
        assertEquals(DiffSettings.DEFAULT, d);
        assertEquals(
                Set.of(
                        DiffCategory.ADMINISTRATOR,
                        DiffCategory.ESCALATION,
                        DiffCategory.PUBLIC_TRUST,
                        DiffCategory.CROSS_ACCOUNT_TRUST,
                        DiffCategory.PUBLIC_POLICY),
                d.block());
    }

    @Test
    void categoriesActionsAndAccessLevelsAreRead() throws ConfigException {
        DiffSettings d = parse("""
                diff:
                  block: [administrator, public-trust]
                  blockActions: [iam:PassRole, "s3:Delete*"]
                  blockAccessLevels: [Permissions management, tagging]
                """);
        assertEquals(Set.of(DiffCategory.ADMINISTRATOR, DiffCategory.PUBLIC_TRUST), d.block());
        assertEquals(List.of("iam:PassRole", "s3:Delete*"), d.blockActions());
        assertEquals(Set.of(AccessLevel.PERMISSIONS_MANAGEMENT, AccessLevel.TAGGING), d.blockAccessLevels());
        assertEquals(Set.of(), parse("diff:\n  block: []\n").block());
    }

    @Test
    void unknownKeysCategoriesActionsAndLevelsAreRefusedWithTheirLine() {
        assertEquals(
                ".iamgate.yml:2: unknown key 'diff.blocks' (did you mean 'block'?) (known keys of diff: block, "
                        + "blockActions, blockAccessLevels)",
                error("diff:\n  blocks: [administrator]\n"));
        assertEquals(
                ".iamgate.yml:2: diff.block: unknown category 'listed-access' (expected administrator, "
                        + "cross-account-trust, escalation, public-resource-policy, public-trust)",
                error("diff:\n  block: [listed-access]\n"));
        assertEquals(
                ".iamgate.yml:2: diff.blockActions: 'PassRole' is not an action or action pattern "
                        + "(service:Action, e.g. iam:PassRole or s3:Delete*)",
                error("diff:\n  blockActions: [PassRole]\n"));
        assertEquals(
                ".iamgate.yml:2: diff.blockAccessLevels: unknown access level 'Writ' (did you mean 'Write'?) "
                        + "(expected List, Read, Write, Permissions management, Tagging)",
                error("diff:\n  blockAccessLevels: [Writ]\n"));
    }
}
