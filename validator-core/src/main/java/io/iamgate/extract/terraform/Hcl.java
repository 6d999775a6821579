package io.iamgate.extract.terraform;

import io.iamgate.load.Span;
import java.util.List;
import java.util.Optional;

/**
 * The part of HCL (Terraform's configuration language) that policies are written in, each piece with its span in
 * the .tf file. An expression the reader does not take apart (a conditional, a {@code for}, arithmetic) is kept as
 * {@link Other}: its text and span, never a guess.
 */
public sealed interface Hcl {

    Span span();

    /** The attributes and blocks of a file or of a block, in order. */
    record Body(List<Attribute> attributes, List<Block> blocks, Span span) implements Hcl {
        public Body {
            attributes = List.copyOf(attributes);
            blocks = List.copyOf(blocks);
        }

        public Optional<Attribute> attribute(String name) {
            return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
        }

        public List<Block> blocks(String type) {
            return blocks.stream().filter(b -> b.type().equals(type)).toList();
        }
    }

    record Attribute(String name, Expr value, Span span) implements Hcl {}

    /** {@code type "label" "label" { body }}. */
    record Block(String type, List<String> labels, Body body, Span span) implements Hcl {
        public Block {
            labels = List.copyOf(labels);
        }
    }

    sealed interface Expr extends Hcl {}

    /**
     * A quoted string or a heredoc. {@code value} is its text with escapes decoded and interpolations kept as
     * written ({@code ${var.x}}); {@code offsets[i]} is the file offset of {@code value.charAt(i)} (one more entry,
     * the end), so a position inside the text (e.g. in a JSON policy written as a heredoc) maps to its character.
     */
    record Text(String value, int[] offsets, List<Interpolation> interpolations, Span span) implements Expr {
        public Text {
            interpolations = List.copyOf(interpolations);
        }
    }

    /** {@code ${expression}} at {@code start..end} (exclusive) of a Text's value; {@code expression} as written. */
    record Interpolation(int start, int end, String expression) {}

    /** A number, {@code true}, {@code false} or {@code null}, as written. */
    record Keyword(String text, Span span) implements Expr {}

    record Tuple(List<Expr> items, Span span) implements Expr {
        public Tuple {
            items = List.copyOf(items);
        }
    }

    record Item(String key, Span keySpan, Expr value) {}

    record ObjectExpr(List<Item> items, Span span) implements Expr {
        public ObjectExpr {
            items = List.copyOf(items);
        }
    }

    /** {@code name(args)}. */
    record Call(String name, List<Expr> args, Span span) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** A reference ({@code var.x}, {@code data.aws_iam_policy_document.x.json}) or any expression not taken apart. */
    record Other(String text, Span span) implements Expr {

        private static final java.util.regex.Pattern REFERENCE =
                java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*|\\[[0-9]+])*");

        /** True when the text is a plain traversal such as {@code local.a.b} or {@code var.list[0]}. */
        public boolean isReference() {
            return text.length() < 1_000 && REFERENCE.matcher(text).matches();
        }
    }
}
