package io.iamgate.config;

import java.util.Locale;
import java.util.Optional;

/** The kinds of added access that can block a change, each with its configuration name and issue code. */
public enum DiffCategory {
    ADMINISTRATOR("administrator", "IAMGATE_DIFF_NEW_ADMINISTRATOR", "a new administrator-equivalent principal"),
    ESCALATION("escalation", "IAMGATE_DIFF_NEW_ESCALATION", "a new privilege-escalation path"),
    PUBLIC_TRUST(
            "public-trust",
            "IAMGATE_DIFF_NEW_PUBLIC_TRUST",
            "a role newly assumable by anyone or by any repository of a GitHub organisation"),
    CROSS_ACCOUNT_TRUST(
            "cross-account-trust",
            "IAMGATE_DIFF_NEW_CROSS_ACCOUNT_TRUST",
            "a role newly assumable from another AWS account"),
    PUBLIC_POLICY("public-resource-policy", "IAMGATE_DIFF_NEW_PUBLIC_POLICY", "a resource policy newly public"),
    LISTED_ACCESS(
            "listed-access",
            "IAMGATE_DIFF_LISTED_ACCESS",
            "added access to an action or access level listed under diff.blockActions or diff.blockAccessLevels");

    private final String configName;
    private final String issueCode;
    private final String description;

    DiffCategory(String configName, String issueCode, String description) {
        this.configName = configName;
        this.issueCode = issueCode;
        this.description = description;
    }

    public String configName() {
        return configName;
    }

    public String issueCode() {
        return issueCode;
    }

    public String description() {
        return description;
    }

    /** A category {@code diff.block} may name (listed access is asked for by its lists instead). */
    public static Optional<DiffCategory> byConfigName(String name) {
        for (DiffCategory c : values()) {
            if (c != LISTED_ACCESS && c.configName.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
