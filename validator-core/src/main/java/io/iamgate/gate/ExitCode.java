package io.iamgate.gate;

/** The process exit codes every front end maps to: the contract scripts rely on. */
public final class ExitCode {

    /** No blocking finding. */
    public static final int PASSED = 0;
    /** At least one blocking finding. */
    public static final int BLOCKED = 1;
    /** iamgate could not do its job: bad input, bad configuration, an analyzer that could not run. */
    public static final int ERROR = 2;

    private ExitCode() {}
}
