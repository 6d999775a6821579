package io.iamgate.extract;

import io.iamgate.extract.TemplateValue.Arr;
import io.iamgate.extract.TemplateValue.Bool;
import io.iamgate.extract.TemplateValue.Field;
import io.iamgate.extract.TemplateValue.Num;
import io.iamgate.extract.TemplateValue.Obj;
import io.iamgate.extract.TemplateValue.Str;
import io.iamgate.load.Position;
import io.iamgate.model.ElementPath;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a policy assembled from infrastructure code as the text Access Analyzer receives from the AWS
 * validators (Python's {@code json.dumps}: one line, ", " and ": " separators, non-ASCII escaped), and
 * records, for every path of that text, where in the source file the value came from.
 */
public final class PolicyText {

    /**
     * The text, the source position of each path in it (member names under {@code path.key(name)}), and the
     * paths whose value is a placeholder, with why.
     */
    public record Rendered(String text, Map<ElementPath, Position> origins, Map<ElementPath, String> unknown) {}

    private static final java.util.regex.Pattern JSON_NUMBER =
            java.util.regex.Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");

    private final StringBuilder out = new StringBuilder();
    private final Map<ElementPath, Position> origins = new HashMap<>();
    private final Map<ElementPath, String> unknown = new LinkedHashMap<>();

    private PolicyText() {}

    public static Rendered render(TemplateValue root) {
        PolicyText w = new PolicyText();
        w.write(root, ElementPath.ROOT);
        return new Rendered(w.out.toString(), Map.copyOf(w.origins), Collections.unmodifiableMap(w.unknown));
    }

    private void write(TemplateValue v, ElementPath path) {
        origins.put(path, v.origin());
        if (v instanceof Obj o) {
            out.append('{');
            boolean first = true;
            for (Field f : o.fields()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                origins.put(path.key(f.name()), f.nameOrigin());
                string(f.name());
                out.append(": ");
                write(f.value(), path.value(f.name()));
            }
            out.append('}');
        } else if (v instanceof Arr a) {
            out.append('[');
            for (int i = 0; i < a.items().size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                write(a.items().get(i), path.index(i));
            }
            out.append(']');
        } else if (v instanceof Str s) {
            if (s.unknown() != null) {
                unknown.put(path, s.unknown());
            }
            string(s.value());
        } else if (v instanceof Num n) {
            if (JSON_NUMBER.matcher(n.text()).matches()) {
                out.append(n.text());
            } else {
                string(n.text()); // a YAML-only form (1_000, 0o17, .inf): kept as written, as a string
            }
        } else if (v instanceof Bool b) {
            out.append(b.value());
        } else {
            out.append("null");
        }
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) { // Python escapes all but space..~
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
