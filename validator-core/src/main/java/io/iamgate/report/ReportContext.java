package io.iamgate.report;

import java.util.Map;

/**
 * What a reporter may know about where it writes: whether colour is wanted (a terminal, no NO_COLOR), and
 * the environment (e.g. GITHUB_STEP_SUMMARY for the github format). Passed in, never read from globals,
 * so that tests can set it.
 */
public record ReportContext(boolean colour, Map<String, String> environment) {

    public ReportContext {
        environment = Map.copyOf(environment);
    }

    public static ReportContext plain() {
        return new ReportContext(false, Map.of());
    }
}
