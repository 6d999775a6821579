package io.iamgate.load;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of parsing a text: the located tree, or the syntax error that stopped the parser; and, when
 * duplicate keys were allowed ({@link DuplicateKey.Mode#LAST_WINS}), the duplicates, in text order.
 */
public record ParsedJson(
        String text, SourceLines lines, Node root, JsonSyntaxError error, List<DuplicateKey> duplicates) {

    public ParsedJson {
        duplicates = List.copyOf(duplicates);
    }

    public static ParsedJson ok(String text, SourceLines lines, Node root) {
        return new ParsedJson(text, lines, root, null, List.of());
    }

    public static ParsedJson ok(String text, SourceLines lines, Node root, List<DuplicateKey> duplicates) {
        return new ParsedJson(text, lines, root, null, duplicates);
    }

    public static ParsedJson failed(String text, SourceLines lines, JsonSyntaxError error) {
        return new ParsedJson(text, lines, null, error, List.of());
    }

    public boolean isValid() {
        return error == null;
    }

    public Optional<JsonSyntaxError> syntaxError() {
        return Optional.ofNullable(error);
    }
}
