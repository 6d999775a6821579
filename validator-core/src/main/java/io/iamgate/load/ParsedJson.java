package io.iamgate.load;

import java.util.Optional;

/** The outcome of parsing a text: the located tree, or the syntax error that stopped the parser. */
public record ParsedJson(String text, SourceLines lines, Node root, JsonSyntaxError error) {

    public static ParsedJson ok(String text, SourceLines lines, Node root) {
        return new ParsedJson(text, lines, root, null);
    }

    public static ParsedJson failed(String text, SourceLines lines, JsonSyntaxError error) {
        return new ParsedJson(text, lines, null, error);
    }

    public boolean isValid() {
        return error == null;
    }

    public Optional<JsonSyntaxError> syntaxError() {
        return Optional.ofNullable(error);
    }
}
