package io.iamgate.load;

/**
 * A file iamgate could not read as text: missing, unreadable, too large, binary, not UTF-8. It ends the
 * run with exit code 2; the message names the file and says what to do.
 */
public record InputError(String file, String message) {}
