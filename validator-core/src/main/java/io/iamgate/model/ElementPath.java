package io.iamgate.model;

import java.util.ArrayList;
import java.util.List;

/** A location path into a policy document, e.g. Statement / 0 / Action / 3. Immutable. */
public record ElementPath(List<PathElement> elements) {

    public static final ElementPath ROOT = new ElementPath(List.of());

    public ElementPath {
        elements = List.copyOf(elements);
    }

    public static ElementPath of(PathElement... elements) {
        return new ElementPath(List.of(elements));
    }

    public ElementPath value(String name) {
        return append(PathElement.value(name));
    }

    public ElementPath index(int index) {
        return append(PathElement.index(index));
    }

    public ElementPath key(String name) {
        return append(PathElement.key(name));
    }

    public ElementPath append(PathElement element) {
        List<PathElement> next = new ArrayList<>(elements.size() + 1);
        next.addAll(elements);
        next.add(element);
        return new ElementPath(next);
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }

    /** Readable form, e.g. {@code Statement[0].Action[3]}; used in text reports and fingerprints. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (PathElement e : elements) {
            if (e instanceof PathElement.Index i) {
                sb.append('[').append(i.index()).append(']');
            } else if (e instanceof PathElement.Value v) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(v.value());
            } else if (e instanceof PathElement.Key k) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append("<key:").append(k.key()).append('>');
            } else if (e instanceof PathElement.Substring s) {
                sb.append("{").append(s.start()).append(',').append(s.length()).append('}');
            }
        }
        return sb.toString();
    }
}
