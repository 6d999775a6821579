package io.iamgate.config;

/**
 * A configuration file iamgate cannot use: the message names the file, the line and the key, and says
 * what is expected, e.g. {@code .iamgate.yml:7: failOn: unknown finding type 'EROR' (expected ...)}.
 * A run with a bad configuration ends with exit code 2, never with a guess.
 */
public final class ConfigException extends Exception {

    public ConfigException(String message) {
        super(message, null, false, false);
    }
}
