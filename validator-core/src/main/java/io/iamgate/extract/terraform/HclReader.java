package io.iamgate.extract.terraform;

import io.iamgate.extract.terraform.Hcl.Attribute;
import io.iamgate.extract.terraform.Hcl.Block;
import io.iamgate.extract.terraform.Hcl.Body;
import io.iamgate.extract.terraform.Hcl.Call;
import io.iamgate.extract.terraform.Hcl.Expr;
import io.iamgate.extract.terraform.Hcl.Interpolation;
import io.iamgate.extract.terraform.Hcl.Item;
import io.iamgate.extract.terraform.Hcl.Keyword;
import io.iamgate.extract.terraform.Hcl.ObjectExpr;
import io.iamgate.extract.terraform.Hcl.Other;
import io.iamgate.extract.terraform.Hcl.Text;
import io.iamgate.extract.terraform.Hcl.Tuple;
import io.iamgate.load.SourceLines;
import java.util.ArrayList;
import java.util.List;

/**
 * A located reader for the HCL that Terraform policies are written in: blocks, attributes, quoted strings and
 * heredocs (with their interpolations), numbers and keywords, tuples, objects and function calls. No well-kept
 * Java HCL parser keeps source positions (hcl4j gives plain maps), and findings must land on lines, so this reads
 * the subset itself.
 *
 * <p>One pass, no backtracking beyond one attribute: an expression it cannot take apart is kept whole as
 * {@link Other} (found by balancing brackets and strings to the end of the expression); a line it cannot read at
 * all is skipped with a note naming it. Nesting is bounded, so no input makes it recurse without end.
 */
public final class HclReader {

    /** A parsed .tf file: its body, its comments ({@code line} 1-based) and what was skipped. */
    public record HclFile(Body body, List<Comment> comments, List<String> notes) {}

    public record Comment(int line, String text) {}

    private static final int MAX_DEPTH = 64;

    /** Thrown inside an expression the reader cannot take apart; the attribute is then kept whole. */
    private static final class NotUnderstood extends RuntimeException {
        NotUnderstood() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private final SourceLines lines;
    private final String file;
    private final List<Comment> comments = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int pos;

    private HclReader(String text, String file) {
        this.text = text;
        this.lines = new SourceLines(text);
        this.file = file;
    }

    /** @param file how notes name the file */
    public static HclFile read(String text, String file) {
        HclReader r = new HclReader(text, file);
        Body body = r.body(0, false);
        return new HclFile(body, List.copyOf(r.comments), List.copyOf(r.notes));
    }

    private Body body(int depth, boolean nested) {
        int start = pos;
        List<Attribute> attributes = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        while (true) {
            skipSpace(true);
            if (pos >= text.length()) {
                break;
            }
            if (text.charAt(pos) == '}' && nested) {
                break;
            }
            int lineStart = pos;
            String name = identifier();
            if (name.isEmpty()) {
                skipLine(lineStart, "a line that is neither an attribute nor a block");
                continue;
            }
            skipSpace(false);
            if (pos < text.length() && text.charAt(pos) == '=' && !text.startsWith("==", pos)) {
                pos++;
                attributes.add(new Attribute(name, attributeValue(depth), lines.span(lineStart, pos)));
                continue;
            }
            List<String> labels = new ArrayList<>();
            while (pos < text.length() && text.charAt(pos) != '{') {
                String label = text.charAt(pos) == '"' ? quotedLabel() : identifier();
                if (label == null || label.isEmpty()) {
                    break;
                }
                labels.add(label);
                skipSpace(false);
            }
            if (pos >= text.length() || text.charAt(pos) != '{' || depth >= MAX_DEPTH) {
                skipLine(lineStart, depth >= MAX_DEPTH ? "blocks nested too deeply" : "a block header not understood");
                continue;
            }
            pos++;
            Body inner = body(depth + 1, true);
            if (pos < text.length() && text.charAt(pos) == '}') {
                pos++;
            }
            blocks.add(new Block(name, labels, inner, lines.span(lineStart, pos)));
        }
        return new Body(attributes, blocks, lines.span(start, pos));
    }

    /** An attribute's expression, or, when it cannot be taken apart, the whole of it as {@link Other}. */
    private Expr attributeValue(int depth) {
        skipSpace(false);
        int start = pos;
        try {
            Expr e = expression(depth);
            skipSpace(false);
            if (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '}' && !comment(pos)) {
                throw new NotUnderstood();
            }
            return e;
        } catch (NotUnderstood e) {
            pos = start;
            return other(start, true);
        }
    }

    private Expr expression(int depth) {
        if (depth >= MAX_DEPTH) {
            throw new NotUnderstood();
        }
        skipSpace(false);
        if (pos >= text.length()) {
            throw new NotUnderstood();
        }
        int start = pos;
        char c = text.charAt(pos);
        Expr primary;
        if (c == '"') {
            primary = quoted();
        } else if (text.startsWith("<<", pos)) {
            primary = heredoc();
        } else if (c == '[') {
            primary = tuple(depth);
        } else if (c == '{') {
            primary = object(depth);
        } else if (c == '-' || Character.isDigit(c)) {
            pos++;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            primary = new Keyword(text.substring(start, pos), lines.span(start, pos));
        } else {
            String name = identifier();
            if (name.isEmpty()) {
                throw new NotUnderstood();
            }
            if (pos < text.length() && text.charAt(pos) == '(') {
                primary = call(name, start, depth);
            } else if (name.equals("true") || name.equals("false") || name.equals("null")) {
                primary = new Keyword(name, lines.span(start, pos));
            } else {
                pos = start;
                return other(start, false);
            }
        }
        // A primary followed by an operator or a traversal is a larger expression: kept whole.
        int after = pos;
        skipSpace(false);
        if (pos < text.length() && ",)]}\n".indexOf(text.charAt(pos)) < 0 && !comment(pos)) {
            pos = start;
            return other(start, false);
        }
        pos = after;
        return primary;
    }

    private Call call(String name, int start, int depth) {
        pos++; // (
        List<Expr> args = new ArrayList<>();
        while (true) {
            skipSpace(true);
            if (pos < text.length() && text.charAt(pos) == ')') {
                pos++;
                break;
            }
            if (text.startsWith("...", pos)) {
                throw new NotUnderstood();
            }
            args.add(expression(depth + 1));
            skipSpace(true);
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
            } else if (pos >= text.length() || text.charAt(pos) != ')') {
                throw new NotUnderstood();
            }
        }
        return new Call(name, args, lines.span(start, pos));
    }

    private Tuple tuple(int depth) {
        int start = pos++;
        skipSpace(true);
        if (text.startsWith("for ", pos)) {
            throw new NotUnderstood();
        }
        List<Expr> items = new ArrayList<>();
        while (true) {
            skipSpace(true);
            if (pos >= text.length()) {
                throw new NotUnderstood();
            }
            if (text.charAt(pos) == ']') {
                pos++;
                break;
            }
            items.add(expression(depth + 1));
            skipSpace(true);
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
            } else if (pos >= text.length() || text.charAt(pos) != ']') {
                throw new NotUnderstood();
            }
        }
        return new Tuple(items, lines.span(start, pos));
    }

    private ObjectExpr object(int depth) {
        int start = pos++;
        skipSpace(true);
        if (text.startsWith("for ", pos)) {
            throw new NotUnderstood();
        }
        List<Item> items = new ArrayList<>();
        while (true) {
            skipSpace(true);
            if (pos >= text.length()) {
                throw new NotUnderstood();
            }
            if (text.charAt(pos) == '}') {
                pos++;
                break;
            }
            int keyStart = pos;
            String key;
            if (text.charAt(pos) == '"') {
                Text quoted = quoted();
                if (!quoted.interpolations().isEmpty()) {
                    throw new NotUnderstood();
                }
                key = quoted.value();
            } else {
                key = identifier();
                if (key.isEmpty()) {
                    throw new NotUnderstood();
                }
            }
            int keyEnd = pos;
            skipSpace(false);
            if (pos >= text.length() || (text.charAt(pos) != '=' && text.charAt(pos) != ':')) {
                throw new NotUnderstood();
            }
            pos++;
            items.add(new Item(key, lines.span(keyStart, keyEnd), expression(depth + 1)));
            skipSpace(false);
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
            }
        }
        return new ObjectExpr(items, lines.span(start, pos));
    }

    /** A quoted string: escapes decoded, interpolations kept as written and listed. */
    private Text quoted() {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        List<Interpolation> interpolations = new ArrayList<>();
        while (true) {
            if (pos >= text.length() || text.charAt(pos) == '\n') {
                throw new NotUnderstood();
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                break;
            }
            if (c == '\\' && pos + 1 < text.length()) {
                offsets.add(pos);
                char e = text.charAt(pos + 1);
                if (e == 'u' && pos + 6 <= text.length()) {
                    try {
                        value.append((char) Integer.parseInt(text.substring(pos + 2, pos + 6), 16));
                    } catch (NumberFormatException bad) {
                        throw new NotUnderstood();
                    }
                    pos += 6;
                    continue;
                }
                value.append(
                        switch (e) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            default -> e;
                        });
                pos += 2;
                continue;
            }
            if ((c == '$' || c == '%') && text.startsWith(c + "" + c + "{", pos)) {
                // $${ is a literal ${
                offsets.add(pos);
                value.append(c);
                offsets.add(pos + 2);
                value.append('{');
                pos += 3;
                continue;
            }
            if ((c == '$' || c == '%') && text.startsWith("{", pos + 1)) {
                interpolation(value, offsets, interpolations, c);
                continue;
            }
            offsets.add(pos);
            value.append(c);
            pos++;
        }
        offsets.add(pos - 1);
        return new Text(
                value.toString(),
                offsets.stream().mapToInt(Integer::intValue).toArray(),
                interpolations,
                lines.span(start, pos));
    }

    /** {@code ${...}} from {@code pos}: copied into value as written, braces and strings inside balanced. */
    private void interpolation(StringBuilder value, List<Integer> offsets, List<Interpolation> out, char sigil) {
        int from = value.length();
        int begin = pos;
        int depth = 0;
        boolean inString = false;
        while (pos < text.length() && text.charAt(pos) != '\n') {
            char c = text.charAt(pos);
            offsets.add(pos);
            value.append(c);
            pos++;
            if (inString) {
                if (c == '\\' && pos < text.length()) {
                    offsets.add(pos);
                    value.append(text.charAt(pos++));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                String inner = text.substring(begin + 2, pos - 1).strip();
                if (sigil == '%') {
                    throw new NotUnderstood(); // template directives (%{ if }) are not evaluated
                }
                out.add(new Interpolation(
                        from,
                        value.length(),
                        inner.replaceFirst("^~", "").replaceFirst("~$", "").strip()));
                return;
            }
        }
        throw new NotUnderstood();
    }

    /** {@code <<EOF} or {@code <<-EOF} (indentation removed) up to the line holding only the marker. */
    private Text heredoc() {
        int start = pos;
        pos += 2;
        boolean indented = pos < text.length() && text.charAt(pos) == '-';
        if (indented) {
            pos++;
        }
        String marker = identifier();
        int eol = text.indexOf('\n', pos);
        if (marker.isEmpty() || eol < 0 || !text.substring(pos, eol).isBlank()) {
            throw new NotUnderstood();
        }
        List<int[]> contentLines = new ArrayList<>();
        int lineStart = eol + 1;
        int end = -1;
        while (lineStart <= text.length()) {
            int next = text.indexOf('\n', lineStart);
            int lineEnd = next < 0 ? text.length() : next;
            if (text.substring(lineStart, lineEnd).strip().equals(marker)) {
                end = lineEnd;
                break;
            }
            contentLines.add(new int[] {lineStart, lineEnd});
            if (next < 0) {
                break;
            }
            lineStart = next + 1;
        }
        if (end < 0) {
            throw new NotUnderstood();
        }
        int indent = Integer.MAX_VALUE;
        if (indented) {
            for (int[] l : contentLines) {
                int i = l[0];
                while (i < l[1] && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    i++;
                }
                if (i < l[1]) {
                    indent = Math.min(indent, i - l[0]);
                }
            }
        }
        int cut = indented && indent != Integer.MAX_VALUE ? indent : 0;
        StringBuilder raw = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        for (int[] l : contentLines) {
            for (int i = Math.min(l[0] + cut, l[1]); i <= l[1]; i++) {
                offsets.add(i);
                raw.append(i < l[1] ? text.charAt(i) : '\n');
            }
        }
        offsets.add(contentLines.isEmpty() ? eol : contentLines.get(contentLines.size() - 1)[1]);
        pos = end;
        // Interpolations in a heredoc are read like a quoted string's, on the text already cut.
        return withInterpolations(raw.toString(), offsets, lines.span(start, pos));
    }

    private Text withInterpolations(String raw, List<Integer> rawOffsets, io.iamgate.load.Span span) {
        List<Interpolation> found = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if ((c == '$' || c == '%') && raw.startsWith(c + "" + c + "{", i)) {
                // $${ is a literal ${
                value.append(c).append('{');
                offsets.add(rawOffsets.get(i));
                offsets.add(rawOffsets.get(i + 2));
                i += 3;
                continue;
            }
            if ((c == '$' || c == '%') && i + 1 < raw.length() && raw.charAt(i + 1) == '{') {
                int close = raw.indexOf('}', i);
                if (close < 0 || c == '%') {
                    throw new NotUnderstood();
                }
                int from = value.length();
                for (int k = i; k <= close; k++) {
                    value.append(raw.charAt(k));
                    offsets.add(rawOffsets.get(k));
                }
                found.add(new Interpolation(
                        from, value.length(), raw.substring(i + 2, close).strip()));
                i = close + 1;
                continue;
            }
            value.append(c);
            offsets.add(rawOffsets.get(i));
            i++;
        }
        offsets.add(rawOffsets.get(raw.length()));
        return new Text(
                value.toString(), offsets.stream().mapToInt(Integer::intValue).toArray(), found, span);
    }

    /** Everything from {@code start} to the end of the expression, brackets and strings balanced. */
    private Other other(int start, boolean attribute) {
        pos = start;
        int depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                skipQuoted();
                continue;
            }
            if (text.startsWith("<<", pos) && depth == 0) {
                try {
                    heredoc();
                    continue;
                } catch (NotUnderstood e) {
                    pos += 2;
                    continue;
                }
            }
            if (comment(pos)) {
                if (depth == 0) {
                    break;
                }
                skipComment();
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && (c == '\n' || (!attribute && c == ','))) {
                break;
            }
            pos++;
        }
        int end = pos;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Other(text.substring(start, end), lines.span(start, end));
    }

    private void skipQuoted() {
        pos++;
        while (pos < text.length() && text.charAt(pos) != '"' && text.charAt(pos) != '\n') {
            pos += text.charAt(pos) == '\\' ? 2 : 1;
        }
        if (pos < text.length() && text.charAt(pos) == '"') {
            pos++;
        }
    }

    private String quotedLabel() {
        try {
            Text t = quoted();
            return t.value();
        } catch (NotUnderstood e) {
            return null;
        }
    }

    private String identifier() {
        int start = pos;
        if (pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
            while (pos < text.length()
                    && (Character.isLetterOrDigit(text.charAt(pos))
                            || text.charAt(pos) == '_'
                            || text.charAt(pos) == '-')) {
                pos++;
            }
        }
        return text.substring(start, pos);
    }

    private boolean comment(int at) {
        return at < text.length() && (text.charAt(at) == '#' || text.startsWith("//", at) || text.startsWith("/*", at));
    }

    private void skipComment() {
        int start = pos;
        if (text.startsWith("/*", pos)) {
            int close = text.indexOf("*/", pos + 2);
            pos = close < 0 ? text.length() : close + 2;
        } else {
            int eol = text.indexOf('\n', pos);
            pos = eol < 0 ? text.length() : eol;
        }
        comments.add(new Comment(lines.position(start).line(), text.substring(start, pos)));
    }

    /** White space and comments; newlines too when {@code newlines}. */
    private void skipSpace(boolean newlines) {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r' || (newlines && c == '\n')) {
                pos++;
            } else if (comment(pos)) {
                if (!newlines && !text.startsWith("/*", pos)) {
                    return; // a line comment ends the expression; the body loop records it
                }
                skipComment();
            } else {
                return;
            }
        }
    }

    /** Skips an unreadable line and notes it; the next line is read afresh. */
    private void skipLine(int lineStart, String what) {
        int eol = text.indexOf('\n', lineStart);
        pos = eol < 0 ? text.length() : eol;
        notes.add(file + ":" + lines.position(lineStart).line() + ": " + what + " is not read by iamgate's HCL reader;"
                + " it is skipped.");
    }
}
