package io.iamgate.diff;

/** The diff could not be made (no git, no such revision, a path outside the working directory): exit 2. */
public final class DiffException extends Exception {

    public DiffException(String message) {
        super(message);
    }
}
