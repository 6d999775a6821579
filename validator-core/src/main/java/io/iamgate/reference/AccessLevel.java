package io.iamgate.reference;

import java.util.Locale;

/** The access level the Service Authorization Reference gives an action. */
public enum AccessLevel {
    LIST("List"),
    READ("Read"),
    WRITE("Write"),
    PERMISSIONS_MANAGEMENT("Permissions management"),
    TAGGING("Tagging");

    private final String label;

    AccessLevel(String label) {
        this.label = label;
    }

    /** The level as AWS documentation writes it, e.g. "Permissions management". */
    public String label() {
        return label;
    }

    /** Parses a label as written in the snapshot or the AWS docs; case-insensitive. */
    public static AccessLevel fromLabel(String label) {
        // The snapshot spells labels exactly; the loop below is for other spellings.
        switch (label) {
            case "List":
                return LIST;
            case "Read":
                return READ;
            case "Write":
                return WRITE;
            case "Permissions management":
                return PERMISSIONS_MANAGEMENT;
            case "Tagging":
                return TAGGING;
            default:
                break;
        }
        String wanted = label.trim().toLowerCase(Locale.ROOT);
        for (AccessLevel level : values()) {
            if (level.label.toLowerCase(Locale.ROOT).equals(wanted)) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown access level: " + label);
    }
}
