package io.iamgate.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an origin names the branch of undecidable template conditions a policy was read with
 * ({@code Resources.P.Properties.PolicyDocument [if IsProd = true]}), written and read in this one place.
 */
public record ConditionBranch(String baseOrigin, boolean value) {

    private static final Pattern SUFFIX = Pattern.compile(" \\[if [^\\[\\]]+ = (true|false)]$");

    /** The origin of a policy read with the named conditions all taking {@code value}. */
    public static String origin(String baseOrigin, String conditions, boolean value) {
        return baseOrigin + " [if " + conditions + " = " + value + "]";
    }

    /** The branch an origin names, if it names one. */
    public static Optional<ConditionBranch> of(String origin) {
        Matcher m = SUFFIX.matcher(origin);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new ConditionBranch(origin.substring(0, m.start()), Boolean.parseBoolean(m.group(1))));
    }
}
