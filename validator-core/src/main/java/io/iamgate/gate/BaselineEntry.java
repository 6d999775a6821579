package io.iamgate.gate;

/**
 * One accepted finding of a baseline file: the fingerprint that matches it, and enough context for a
 * human reading or pruning the file (file, origin, issue code, finding type, path).
 */
public record BaselineEntry(
        String fingerprint, String file, String origin, String issueCode, String findingType, String path) {

    public BaselineEntry {
        origin = origin == null ? "" : origin;
        path = path == null ? "" : path;
    }

    /** For text reports: {@code file [origin] ISSUE_CODE at path (fingerprint)}. */
    public String describe() {
        return file + (origin.isEmpty() ? "" : " [" + origin + "]") + " " + issueCode
                + (path.isEmpty() ? "" : " at " + path) + " (" + fingerprint + ")";
    }
}
