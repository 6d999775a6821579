package io.iamgate.maven;

/** One line for the Maven log, at the level Maven's own plugins would use for it. */
record LogLine(Level level, String text) {

    enum Level {
        ERROR,
        WARN,
        INFO
    }
}
