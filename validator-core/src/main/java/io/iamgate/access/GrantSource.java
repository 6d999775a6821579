package io.iamgate.access;

/**
 * Where a grant was written: the policy (its name as the principal knows it), the file and origin of the
 * policy's text when the repository holds it, and the statement (index, -1 for a lone statement object;
 * Sid when it has one).
 */
public record GrantSource(String policy, String file, String origin, int statement, String sid) {

    public GrantSource {
        file = file == null ? "" : file;
        origin = origin == null ? "" : origin;
        sid = sid == null ? "" : sid;
    }
}
