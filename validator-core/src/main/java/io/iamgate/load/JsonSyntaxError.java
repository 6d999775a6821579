package io.iamgate.load;

/** Why a text is not a JSON document, and where. Not an exception: malformed input is a finding. */
public record JsonSyntaxError(String message, Position position) {}
