package io.iamgate.config;

import io.iamgate.extract.SourceFindings;
import io.iamgate.model.Finding;
import io.iamgate.model.FindingType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What blocks: the finding types listed (by default ERROR and SECURITY_WARNING; NONE blocks nothing); with
 * {@code UNCHECKED}, every policy element iamgate could not see (a placeholder, a value known only after apply),
 * whatever its finding type; and the issue codes listed, exactly or by a glob ({@code IAMGATE_PRIVESC_*}),
 * whatever their finding type.
 */
public record FailOn(Set<FindingType> types, boolean unchecked, Set<String> codes) {

    public static final FailOn DEFAULT = new FailOn(EnumSet.of(FindingType.ERROR, FindingType.SECURITY_WARNING));

    /** The word that makes "not checked" block. */
    public static final String UNCHECKED = "UNCHECKED";

    public static final String EXPECTED = "(expected ERROR, SECURITY_WARNING, WARNING, SUGGESTION, UNCHECKED, NONE, "
            + "an issue code such as MISSING_VERSION or a code glob such as IAMGATE_PRIVESC_*)";

    private static final Pattern CODE_WORD = Pattern.compile("[A-Z0-9_*]+");

    public FailOn {
        types = Set.copyOf(types);
        codes = Set.copyOf(codes);
    }

    public FailOn(Set<FindingType> types, boolean unchecked) {
        this(types, unchecked, Set.of());
    }

    public FailOn(Set<FindingType> types) {
        this(types, false);
    }

    public boolean blocks(FindingType type) {
        return types.contains(type);
    }

    public boolean blocks(Finding finding) {
        return blocks(finding.findingType())
                || (unchecked && finding.issueCode().equals(SourceFindings.NOT_CHECKED))
                || codes.stream().anyMatch(c -> matches(c, finding.issueCode()));
    }

    /** This and {@code other} together: what blocks under either. */
    public FailOn and(FailOn other) {
        EnumSet<FindingType> t = EnumSet.noneOf(FindingType.class);
        t.addAll(types);
        t.addAll(other.types);
        Set<String> c = new LinkedHashSet<>(codes);
        c.addAll(other.codes);
        return new FailOn(t, unchecked || other.unchecked, c);
    }

    /**
     * Parses "ERROR,SECURITY_WARNING", "warning,unchecked", "NONE", "ERROR,MISSING_VERSION,IAMGATE_PRIVESC_*"
     * (case-insensitive). A word that is no finding type must be an issue code iamgate knows, or a glob matching at
     * least one; otherwise the message names the word and the nearest known word.
     */
    public static FailOn parse(String text) {
        return parse(text, KnownIssueCodes::all);
    }

    static FailOn parse(String text, Supplier<Set<String>> knownCodes) {
        EnumSet<FindingType> types = EnumSet.noneOf(FindingType.class);
        boolean unchecked = false;
        Set<String> codes = new LinkedHashSet<>();
        Set<String> known = null;
        for (String part : text.split(",")) {
            String t = part.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            if (t.isEmpty() || t.equals("NONE")) {
                continue;
            }
            if (t.equals(UNCHECKED)) {
                unchecked = true;
                continue;
            }
            FindingType type = type(t);
            if (type != null) {
                types.add(type);
                continue;
            }
            known = known == null ? knownCodes.get() : known; // the Rego pack is read only when a code is named
            if (CODE_WORD.matcher(t).matches() && matchesAny(t, known)) {
                codes.add(t);
                continue;
            }
            List<String> words = new ArrayList<>();
            for (FindingType ft : FindingType.values()) {
                words.add(ft.name());
            }
            words.add(UNCHECKED);
            words.add("NONE");
            words.addAll(known);
            throw new IllegalArgumentException((t.contains("*")
                            ? "code glob '" + part.trim() + "' matches no issue code iamgate knows"
                            : "unknown finding type '" + part.trim() + "'")
                    + ConfigFile.suggestion(t, words) + " " + EXPECTED);
        }
        return new FailOn(types, unchecked, codes);
    }

    private static FindingType type(String word) {
        for (FindingType ft : FindingType.values()) {
            if (ft.name().equals(word)) {
                return ft;
            }
        }
        return null;
    }

    private static boolean matchesAny(String codeOrGlob, Set<String> known) {
        return known.stream().anyMatch(k -> matches(codeOrGlob, k));
    }

    /** An exact code, or a glob whose {@code *} stands for any run of characters (the code base's one matcher). */
    static boolean matches(String codeOrGlob, String code) {
        return io.iamgate.reference.Glob.matches(codeOrGlob, code);
    }

    @Override
    public String toString() {
        if (types.isEmpty() && !unchecked && codes.isEmpty()) {
            return "NONE";
        }
        List<String> words = new ArrayList<>();
        for (FindingType t : FindingType.values()) {
            if (types.contains(t)) {
                words.add(t.name());
            }
        }
        if (unchecked) {
            words.add(UNCHECKED);
        }
        codes.stream().sorted().forEach(words::add);
        return String.join(",", words);
    }
}
