package io.iamgate.gate;

import io.iamgate.extract.SourceFindings;
import io.iamgate.model.Finding;
import io.iamgate.model.FindingType;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What blocks: the finding types listed (by default ERROR and SECURITY_WARNING; NONE blocks nothing), and,
 * with {@code UNCHECKED}, every policy element iamgate could not see (a placeholder, a value known only after
 * apply), whatever its finding type.
 */
public record FailOn(Set<FindingType> types, boolean unchecked) {

    public static final FailOn DEFAULT = new FailOn(EnumSet.of(FindingType.ERROR, FindingType.SECURITY_WARNING));

    /** The word that makes "not checked" block. */
    public static final String UNCHECKED = "UNCHECKED";

    public static final String EXPECTED = "(expected ERROR, SECURITY_WARNING, WARNING, SUGGESTION, UNCHECKED or NONE)";

    public FailOn {
        types = Set.copyOf(types);
    }

    public FailOn(Set<FindingType> types) {
        this(types, false);
    }

    public boolean blocks(FindingType type) {
        return types.contains(type);
    }

    public boolean blocks(Finding finding) {
        return blocks(finding.findingType()) || (unchecked && finding.issueCode().equals(SourceFindings.NOT_CHECKED));
    }

    /** Parses "ERROR,SECURITY_WARNING", "warning,unchecked", "NONE" (case-insensitive). */
    public static FailOn parse(String text) {
        EnumSet<FindingType> types = EnumSet.noneOf(FindingType.class);
        boolean unchecked = false;
        for (String part : text.split(",")) {
            String t = part.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            if (t.isEmpty() || t.equals("NONE")) {
                continue;
            }
            if (t.equals(UNCHECKED)) {
                unchecked = true;
                continue;
            }
            try {
                types.add(FindingType.valueOf(t));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown finding type '" + part.trim() + "' " + EXPECTED);
            }
        }
        return new FailOn(types, unchecked);
    }

    @Override
    public String toString() {
        if (types.isEmpty() && !unchecked) {
            return "NONE";
        }
        StringBuilder sb = new StringBuilder();
        for (FindingType t : FindingType.values()) {
            if (types.contains(t)) {
                sb.append(sb.length() == 0 ? "" : ",").append(t.name());
            }
        }
        if (unchecked) {
            sb.append(sb.length() == 0 ? "" : ",").append(UNCHECKED);
        }
        return sb.toString();
    }
}
