package io.iamgate.report;

/**
 * Untrusted text for a GitHub Actions workflow command ({@code ::error file=...::message}): shown as on a
 * terminal (no control characters, no line breaks from input), then escaped as @actions/core escapes, so
 * that nothing can end the command or start another. Property values also escape {@code :} and {@code ,},
 * which would end the value.
 */
public final class WorkflowCommandText {

    private WorkflowCommandText() {}

    public static String message(String text) {
        return commandEscapes(TerminalText.escape(text));
    }

    public static String property(String text) {
        return message(text).replace(":", "%3A").replace(",", "%2C");
    }

    /** The escapes of @actions/core; CR and LF stay escaped even though input can no longer bring them. */
    private static String commandEscapes(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }
}
