package io.iamgate.gate;

import io.iamgate.model.FindingType;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The finding types that block: by default ERROR and SECURITY_WARNING; NONE blocks nothing. */
public record FailOn(Set<FindingType> types) {

    public static final FailOn DEFAULT = new FailOn(EnumSet.of(FindingType.ERROR, FindingType.SECURITY_WARNING));

    public FailOn {
        types = Set.copyOf(types);
    }

    public boolean blocks(FindingType type) {
        return types.contains(type);
    }

    /** Parses "ERROR,SECURITY_WARNING", "warning", "NONE" (case-insensitive). */
    public static FailOn parse(String text) {
        EnumSet<FindingType> types = EnumSet.noneOf(FindingType.class);
        for (String part : text.split(",")) {
            String t = part.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            if (t.isEmpty() || t.equals("NONE")) {
                continue;
            }
            try {
                types.add(FindingType.valueOf(t));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown finding type '" + part.trim()
                        + "' (expected ERROR, SECURITY_WARNING, WARNING, SUGGESTION or NONE)");
            }
        }
        return new FailOn(types);
    }

    @Override
    public String toString() {
        if (types.isEmpty()) {
            return "NONE";
        }
        StringBuilder sb = new StringBuilder();
        for (FindingType t : FindingType.values()) {
            if (types.contains(t)) {
                sb.append(sb.length() == 0 ? "" : ",").append(t.name());
            }
        }
        return sb.toString();
    }
}
