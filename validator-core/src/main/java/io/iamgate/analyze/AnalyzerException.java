package io.iamgate.analyze;

/**
 * An analyzer could not check a policy (no credentials, service unreachable, OPA missing). The message
 * says what to do; the run ends with exit code 2.
 */
public class AnalyzerException extends Exception {

    public AnalyzerException(String message) {
        super(message);
    }

    public AnalyzerException(String message, Throwable cause) {
        super(message, cause);
    }
}
