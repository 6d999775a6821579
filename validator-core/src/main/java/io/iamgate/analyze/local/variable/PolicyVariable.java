package io.iamgate.analyze.local.variable;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code ${...}} in a policy string: {@code body} is the text between the braces, {@code closed} false
 * when no closing brace follows. The body is a name, optionally followed by {@code , 'default'}.
 */
record PolicyVariable(String body, boolean closed) {

    static boolean mayContain(String text) {
        return text.indexOf("${") >= 0;
    }

    /** The variables of a string, in order. */
    static List<PolicyVariable> in(String text) {
        int at = text.indexOf("${");
        if (at < 0) {
            return List.of();
        }
        List<PolicyVariable> out = new ArrayList<>(2);
        while (at >= 0) {
            int close = text.indexOf('}', at + 2);
            if (close < 0) {
                out.add(new PolicyVariable(text.substring(at + 2), false));
                break;
            }
            out.add(new PolicyVariable(text.substring(at + 2, close), true));
            at = text.indexOf("${", close + 1);
        }
        return out;
    }

    boolean isEmpty() {
        return closed && body.isBlank();
    }

    /** The variable name: the body up to the default-value comma, without the spaces before the comma. */
    String name() {
        int comma = body.indexOf(',');
        return comma < 0 ? body : body.substring(0, comma).stripTrailing();
    }

    /** The default value as written after the comma (trimmed), or null when there is none. */
    String defaultValue() {
        int comma = body.indexOf(',');
        return comma < 0 ? null : body.substring(comma + 1).strip();
    }

    @Override
    public String toString() {
        return "${" + body + (closed ? "}" : "");
    }
}
