package io.iamgate.analyze.local.condition.caller;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A condition key that names who is calling or where from, with the shape every valid value of it has:
 * a fixed head ({@code o-}, {@code vpc-}, {@code arn:}) and a length range for the rest. A Like pattern
 * that is a part of that head followed only by wildcards admits every valid value, so it limits nothing.
 */
record IdentityKey(Kind kind, String head, int minRest, int maxRest) {

    enum Kind {
        TEXT,
        ARN,
        IP,
        BOOL
    }

    private static final int ANY = Integer.MAX_VALUE;

    private static final IdentityKey ORG_ID = new IdentityKey(Kind.TEXT, "o-", 10, 32);
    private static final IdentityKey ORG_PATH = new IdentityKey(Kind.TEXT, "o-", 10, ANY);
    static final IdentityKey ACCOUNT = new IdentityKey(Kind.TEXT, "", 12, 12);
    static final IdentityKey FREE_TEXT = new IdentityKey(Kind.TEXT, "", 1, ANY);
    private static final IdentityKey ARN = new IdentityKey(Kind.ARN, "arn:", 1, ANY);

    /**
     * Lower-case key to shape. aws:username and aws:VpcSourceIp are left out on purpose: any account can
     * create a user called "bob" or a VPC with address 10.0.0.1, so neither ties a request to a known caller.
     */
    private static final Map<String, IdentityKey> KEYS = Map.ofEntries(
            Map.entry("aws:principalorgid", ORG_ID),
            Map.entry("aws:sourceorgid", ORG_ID),
            Map.entry("aws:resourceorgid", ORG_ID),
            Map.entry("aws:principalorgpaths", ORG_PATH),
            Map.entry("aws:sourceorgpaths", ORG_PATH),
            Map.entry("aws:principalaccount", ACCOUNT),
            Map.entry("aws:sourceaccount", ACCOUNT),
            Map.entry("aws:sourceowner", ACCOUNT),
            Map.entry("aws:resourceaccount", ACCOUNT),
            Map.entry("kms:calleraccount", ACCOUNT),
            Map.entry("s3:dataaccesspointaccount", ACCOUNT),
            Map.entry("aws:sourcevpc", new IdentityKey(Kind.TEXT, "vpc-", 8, 17)),
            Map.entry("aws:sourcevpce", new IdentityKey(Kind.TEXT, "vpce-", 8, 17)),
            Map.entry("aws:userid", FREE_TEXT),
            Map.entry("aws:principalservicename", FREE_TEXT),
            Map.entry("aws:principalarn", ARN),
            Map.entry("aws:sourcearn", ARN),
            Map.entry("aws:sourcevpcarn", ARN),
            Map.entry("s3:dataaccesspointarn", ARN),
            Map.entry("aws:sourceip", new IdentityKey(Kind.IP, "", 0, 0)),
            Map.entry("aws:principalisawsservice", new IdentityKey(Kind.BOOL, "", 0, 0)));

    static Optional<IdentityKey> of(String key) {
        return Optional.ofNullable(KEYS.get(key.toLowerCase(Locale.ROOT)));
    }

    /**
     * True when the glob {@code pattern} ({@code *}, {@code ?}) matches every valid value: its literal part
     * is a prefix of the head and the wildcards after it fit every length the rest can have.
     */
    boolean matchedWhollyBy(String pattern) {
        int firstWildcard = 0;
        while (firstWildcard < pattern.length() && !isWildcard(pattern.charAt(firstWildcard))) {
            firstWildcard++;
        }
        String literal = pattern.substring(0, firstWildcard);
        if (!head.startsWith(literal)) {
            return false;
        }
        int singles = 0;
        boolean star = false;
        for (int i = firstWildcard; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*') {
                star = true;
            } else if (c == '?') {
                singles++;
            } else {
                return false;
            }
        }
        int shortest = head.length() - literal.length() + minRest;
        if (star) {
            return singles <= shortest;
        }
        return maxRest == minRest && singles == shortest;
    }

    private static boolean isWildcard(char c) {
        return c == '*' || c == '?';
    }
}
