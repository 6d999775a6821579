package io.iamgate.config;

import io.iamgate.reference.AccessLevel;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What added access blocks {@code iamgate diff} ({@code diff:} in the configuration): the categories, and the
 * actions (patterns such as {@code s3:Delete*}) and access levels whose addition blocks whatever the category.
 */
public record DiffSettings(Set<DiffCategory> block, List<String> blockActions, Set<AccessLevel> blockAccessLevels) {

    /** Every category but listed access, which its lists turn on. */
    public static final DiffSettings DEFAULT = new DiffSettings(
            EnumSet.of(
                    DiffCategory.ADMINISTRATOR,
                    DiffCategory.ESCALATION,
                    DiffCategory.PUBLIC_TRUST,
                    DiffCategory.CROSS_ACCOUNT_TRUST,
                    DiffCategory.PUBLIC_POLICY),
            List.of(),
            Set.of());

    public DiffSettings {
        block = block.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(block));
        blockActions = List.copyOf(blockActions);
        blockAccessLevels = Set.copyOf(blockAccessLevels);
    }

    public boolean blocks(DiffCategory category) {
        return block.contains(category);
    }
}
