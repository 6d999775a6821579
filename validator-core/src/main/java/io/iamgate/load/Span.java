package io.iamgate.load;

/** A range of a text; {@code end} is exclusive. */
public record Span(Position start, Position end) {

    public int length() {
        return end.offset() - start.offset();
    }

    /** The text this span covers. */
    public String of(String text) {
        return text.substring(start.offset(), end.offset());
    }
}
