package io.iamgate.model;

/**
 * One step of a location path, in Access Analyzer's shape: {@code {"value": name}} for an object member,
 * {@code {"index": n}} for an array element, {@code {"key": name}} when the finding is about a member's
 * name itself, {@code {"substring": {start, length}}} for part of a string.
 */
public sealed interface PathElement {

    record Value(String value) implements PathElement {}

    record Index(int index) implements PathElement {}

    record Key(String key) implements PathElement {}

    record Substring(int start, int length) implements PathElement {}

    static PathElement value(String name) {
        return new Value(name);
    }

    static PathElement index(int index) {
        return new Index(index);
    }

    static PathElement key(String name) {
        return new Key(name);
    }
}
