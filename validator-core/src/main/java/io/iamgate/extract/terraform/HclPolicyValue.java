package io.iamgate.extract.terraform;

import io.iamgate.extract.TemplateValue;
import io.iamgate.extract.TemplateValue.Arr;
import io.iamgate.extract.TemplateValue.Bool;
import io.iamgate.extract.TemplateValue.Field;
import io.iamgate.extract.TemplateValue.Null;
import io.iamgate.extract.TemplateValue.Num;
import io.iamgate.extract.TemplateValue.Obj;
import io.iamgate.extract.TemplateValue.Str;
import io.iamgate.extract.cloudformation.StackEnvironment;
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
import io.iamgate.extract.terraform.TerraformModule.TfFile;
import io.iamgate.load.LocatedJsonParser;
import io.iamgate.load.Node;
import io.iamgate.load.ParsedJson;
import io.iamgate.load.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the HCL that writes a policy into the policy's JSON value, each part at its line in the .tf file:
 * {@code jsonencode({...})} by its keys, a heredoc or quoted JSON string by its characters, and an
 * {@code aws_iam_policy_document} data source by its statement blocks and their arguments. Literal variable
 * defaults and locals are resolved; any other value becomes a placeholder that says why (reported as not checked).
 */
final class HclPolicyValue {

    static final String PLACEHOLDER = "placeholder";
    /** {@code data.aws_iam_policy_document.NAME.json}, with or without an instance key ({@code [0]}, {@code [each.key]}). */
    private static final java.util.regex.Pattern DOCUMENT = java.util.regex.Pattern.compile(
            "data\\.aws_iam_policy_document\\.([A-Za-z0-9_-]+)(?:\\[[^\\]]{0,200}])?\\.json");

    private static final int MAX_RESOLVE_DEPTH = 16;

    /** The policy, or why it cannot be built; {@code dataSources} are the document data sources it is. */
    record Result(
            Optional<TemplateValue> value, Optional<String> unknown, List<String> notes, Optional<String> dataSource) {}

    private final TerraformModule module;
    private final List<String> notes = new ArrayList<>();

    HclPolicyValue(TerraformModule module) {
        this.module = module;
    }

    /** What could not be read so far. */
    List<String> notes() {
        return List.copyOf(notes);
    }

    /** The policy an attribute of a resource holds (a JSON string). */
    Result policyAttribute(TfFile file, Expr expr) {
        return policyString(file, expr, null, 0);
    }

    private Result policyString(TfFile file, Expr expr, Position at, int depth) {
        if (expr instanceof Call c && c.name().equals("jsonencode") && c.args().size() == 1) {
            return ok(value(file, c.args().get(0), at, depth));
        }
        if (expr instanceof Text t) {
            return jsonText(file, t, at, depth);
        }
        java.util.regex.Matcher doc = expr instanceof Other o ? DOCUMENT.matcher(o.text()) : null;
        if (doc != null && doc.matches()) {
            String address = "data.aws_iam_policy_document." + doc.group(1);
            Optional<TerraformModule.Located> data = module.block(address);
            if (data.isPresent()) {
                TemplateValue document =
                        document(data.get().file(), data.get().block().body(), null);
                return new Result(Optional.of(document), Optional.empty(), List.copyOf(notes), Optional.of(address));
            }
            return unknown(((Other) expr).text() + " is not defined in this module");
        }
        if (expr instanceof Other o && o.isReference() && depth < MAX_RESOLVE_DEPTH) {
            Position here = at != null ? at : o.span().start();
            String ref = o.text();
            Optional<Expr> resolved = resolve(ref);
            if (resolved.isPresent()) {
                return policyString(file, resolved.get(), here, depth + 1);
            }
        }
        String text = expr instanceof Other o ? o.text() : expr instanceof Call c ? c.name() + "(...)" : "the value";
        return unknown(abbreviate(text) + " is not a literal policy (only jsonencode, heredoc and quoted JSON, "
                + "aws_iam_policy_document data sources, and literal variable defaults and locals are read without "
                + "a plan)");
    }

    private Result ok(TemplateValue v) {
        return new Result(Optional.of(v), Optional.empty(), List.copyOf(notes), Optional.empty());
    }

    private Result unknown(String why) {
        return new Result(Optional.empty(), Optional.of(why), List.copyOf(notes), Optional.empty());
    }

    /** A JSON policy written as a string: interpolations substituted, then parsed where each character stands. */
    private Result jsonText(TfFile file, Text t, Position at, int depth) {
        StringBuilder json = new StringBuilder();
        List<Integer> map = new ArrayList<>(); // index in json -> index in t.value()
        List<int[]> placeholders = new ArrayList<>();
        Map<Integer, String> why = new LinkedHashMap<>();
        int i = 0;
        for (Interpolation in : t.interpolations()) {
            for (; i < in.start(); i++) {
                json.append(t.value().charAt(i));
                map.add(i);
            }
            Optional<String> known = scalar(in.expression(), depth);
            String inserted = known.orElse(PLACEHOLDER);
            int from = json.length();
            for (int k = 0; k < inserted.length(); k++) {
                json.append(inserted.charAt(k) == '"' ? '\'' : inserted.charAt(k));
                map.add(in.start());
            }
            if (known.isEmpty()) {
                placeholders.add(new int[] {from, json.length()});
                why.put(from, "${" + abbreviate(in.expression()) + "} is not known without a plan.");
            }
            i = in.end();
        }
        for (; i < t.value().length(); i++) {
            json.append(t.value().charAt(i));
            map.add(i);
        }
        map.add(t.value().length());
        ParsedJson parsed = new LocatedJsonParser().parse(json.toString());
        if (!parsed.isValid()) {
            if (!placeholders.isEmpty()) {
                return unknown("the policy text is not JSON once its interpolations are replaced by placeholders");
            }
            return unknown("the policy text is not valid JSON: "
                    + parsed.syntaxError().map(Object::toString).orElse("syntax error"));
        }
        return ok(fromJson(parsed.root(), file, t, map, placeholders, why, at));
    }

    private TemplateValue fromJson(
            Node n,
            TfFile file,
            Text t,
            List<Integer> map,
            List<int[]> placeholders,
            Map<Integer, String> why,
            Position at) {
        Position here =
                at != null ? at : position(file, t, map, n.span().start().offset());
        if (n instanceof Node.ObjectNode o) {
            List<Field> fields = new ArrayList<>();
            for (Node.Member m : o.members()) {
                fields.add(new Field(
                        m.name(),
                        at != null
                                ? at
                                : position(file, t, map, m.nameSpan().start().offset()),
                        fromJson(m.value(), file, t, map, placeholders, why, at)));
            }
            return new Obj(fields, here);
        }
        if (n instanceof Node.ArrayNode a) {
            List<TemplateValue> items = new ArrayList<>();
            a.elements().forEach(e -> items.add(fromJson(e, file, t, map, placeholders, why, at)));
            return new Arr(items, here);
        }
        if (n instanceof Node.StringNode s) {
            int start = n.span().start().offset();
            int end = n.span().end().offset();
            for (int[] p : placeholders) {
                if (p[0] >= start && p[1] <= end) {
                    return new Str(s.value(), here, why.get(p[0]));
                }
            }
            return new Str(s.value(), here);
        }
        if (n instanceof Node.NumberNode num) {
            return new Num(num.text(), here);
        }
        if (n instanceof Node.BooleanNode b) {
            return new Bool(b.value(), here);
        }
        return new Null(here);
    }

    private static Position position(TfFile file, Text t, List<Integer> map, int jsonOffset) {
        int inText = map.get(Math.max(0, Math.min(jsonOffset, map.size() - 1)));
        return file.lines().position(t.offsets()[Math.max(0, Math.min(inText, t.offsets().length - 1))]);
    }

    /** An HCL value (the argument of jsonencode, a list of actions) as a JSON value. */
    TemplateValue value(TfFile file, Expr expr, Position at, int depth) {
        Position here = at != null ? at : expr.span().start();
        if (expr instanceof ObjectExpr o) {
            List<Field> fields = new ArrayList<>();
            for (Item item : o.items()) {
                fields.add(new Field(
                        item.key(), at != null ? at : item.keySpan().start(), value(file, item.value(), at, depth)));
            }
            return new Obj(fields, here);
        }
        if (expr instanceof Tuple t) {
            List<TemplateValue> items = new ArrayList<>();
            t.items().forEach(e -> items.add(value(file, e, at, depth)));
            return new Arr(items, here);
        }
        if (expr instanceof Keyword k) {
            return switch (k.text()) {
                case "true" -> new Bool(true, here);
                case "false" -> new Bool(false, here);
                case "null" -> new Null(here);
                default -> new Num(k.text(), here);
            };
        }
        if (expr instanceof Text t) {
            StringBuilder out = new StringBuilder();
            String unknown = null;
            int i = 0;
            for (Interpolation in : t.interpolations()) {
                out.append(t.value(), i, in.start());
                Optional<String> known = scalar(in.expression(), depth);
                if (known.isEmpty() && unknown == null) {
                    unknown = "${" + abbreviate(in.expression()) + "} is not known without a plan.";
                }
                out.append(known.orElse(PLACEHOLDER));
                i = in.end();
            }
            out.append(t.value().substring(i));
            return new Str(out.toString(), here, unknown);
        }
        if (expr instanceof Other o && o.isReference() && depth < MAX_RESOLVE_DEPTH) {
            Optional<String> known = environment(o.text());
            if (known.isPresent()) {
                return new Str(known.get(), here);
            }
            Optional<Expr> resolved = resolve(o.text())
                    .filter(e -> !(e instanceof Keyword k && k.text().equals("null"))); // null: not given
            if (resolved.isPresent()) {
                return value(file, resolved.get(), here, depth + 1);
            }
        }
        String text = expr instanceof Other o ? o.text() : expr instanceof Call c ? c.name() + "(...)" : "the value";
        return new Str(PLACEHOLDER, here, abbreviate(text) + " is not known without a plan.");
    }

    /** A scalar an interpolation stands for, when it is known without a plan. */
    private Optional<String> scalar(String expression, int depth) {
        Optional<String> env = environment(expression);
        if (env.isPresent() || depth >= MAX_RESOLVE_DEPTH) {
            return env;
        }
        Optional<Expr> resolved = resolve(expression);
        if (resolved.isPresent()
                && resolved.get() instanceof Text t
                && t.interpolations().isEmpty()) {
            return Optional.of(t.value());
        }
        if (resolved.isPresent()
                && resolved.get() instanceof Keyword k
                && !k.text().equals("null")) {
            return Optional.of(k.text());
        }
        if (resolved.isPresent() && resolved.get() instanceof Other o && o.isReference()) {
            return scalar(o.text(), depth + 1);
        }
        return Optional.empty();
    }

    /**
     * The partition, account and region data sources give the same stand-ins the CloudFormation reader uses for
     * AWS::Partition, AWS::AccountId and AWS::Region: values of the right shape, not placeholders.
     */
    private static Optional<String> environment(String ref) {
        if (ref.matches("data\\.aws_partition\\.[A-Za-z0-9_-]+(\\[[^\\]]*])?\\.partition")) {
            return Optional.of("aws");
        }
        if (ref.matches("data\\.aws_partition\\.[A-Za-z0-9_-]+(\\[[^\\]]*])?\\.dns_suffix")) {
            return Optional.of("amazonaws.com");
        }
        if (ref.matches("data\\.aws_caller_identity\\.[A-Za-z0-9_-]+(\\[[^\\]]*])?\\.account_id")) {
            return Optional.of(StackEnvironment.PLACEHOLDER_ACCOUNT);
        }
        if (ref.matches("data\\.aws_region\\.[A-Za-z0-9_-]+(\\[[^\\]]*])?\\.(name|region)")) {
            return Optional.of(StackEnvironment.PLACEHOLDER_REGION);
        }
        return Optional.empty();
    }

    /** {@code var.x} to its literal default, {@code local.x} to its expression, attributes of objects followed. */
    private Optional<Expr> resolve(String ref) {
        String[] parts = ref.split("\\.");
        if (parts.length < 2 || ref.contains("[")) {
            return Optional.empty();
        }
        Optional<Expr> root = switch (parts[0]) {
            case "var" -> module.variableDefault(parts[1]);
            case "local" -> module.local(parts[1]);
            default -> Optional.empty();
        };
        for (int i = 2; i < parts.length && root.isPresent(); i++) {
            String key = parts[i];
            root = root.get() instanceof ObjectExpr o
                    ? o.items().stream()
                            .filter(it -> it.key().equals(key))
                            .map(Item::value)
                            .findFirst()
                    : Optional.empty();
        }
        return root;
    }

    /** The policy an {@code aws_iam_policy_document} data source renders, each element at its argument. */
    TemplateValue document(TfFile file, Body body, Position at) {
        Position here = at != null ? at : body.span().start();
        List<Field> top = new ArrayList<>();
        top.add(new Field(
                "Version",
                here,
                body.attribute("version")
                        .map(a -> value(file, a.value(), at, 0))
                        .orElse(new Str("2012-10-17", here))));
        body.attribute("policy_id")
                .ifPresent(a -> top.add(new Field("Id", a.span().start(), value(file, a.value(), at, 0))));
        for (String merged :
                List.of("source_policy_documents", "override_policy_documents", "source_json", "override_json")) {
            body.attribute(merged)
                    .ifPresent(
                            a -> notes.add(
                                    merged + " at line " + a.span().start().line()
                                            + " is not merged without a plan: the documents it names are checked where they are written."));
        }
        List<TemplateValue> statements = new ArrayList<>();
        body.attribute("source_policy_documents")
                .or(() -> body.attribute("source_json"))
                .ifPresent(a -> statements.add(new Str(
                        PLACEHOLDER,
                        at != null ? at : a.span().start(),
                        "the statements of " + a.name() + " are merged at plan time.")));
        for (Block s : body.blocks("statement")) {
            statements.add(statement(file, s, at));
        }
        for (Block d : body.blocks("dynamic")) {
            notes.add("dynamic \"" + String.join("", d.labels()) + "\" at line "
                    + d.span().start().line() + " is not expanded without a plan; its statements are not checked.");
            // The whole statement is a placeholder: nothing is said about it but that it was not checked.
            statements.add(new Str(
                    PLACEHOLDER, d.span().start(), "a dynamic statement block is not expanded " + "without a plan."));
        }
        top.add(new Field("Statement", here, new Arr(statements, here)));
        return new Obj(top, here);
    }

    private TemplateValue statement(TfFile file, Block s, Position at) {
        Body b = s.body();
        Position here = at != null ? at : s.span().start();
        List<Field> fields = new ArrayList<>();
        b.attribute("sid").ifPresent(a -> fields.add(field("Sid", a, file, at)));
        fields.add(b.attribute("effect")
                .map(a -> field("Effect", a, file, at))
                .orElse(new Field("Effect", here, new Str("Allow", here))));
        String[][] lists = {
            {"actions", "Action"},
            {"not_actions", "NotAction"},
            {"resources", "Resource"},
            {"not_resources", "NotResource"}
        };
        for (String[] l : lists) {
            b.attribute(l[0]).ifPresent(a -> fields.add(field(l[1], a, file, at)));
        }
        principals(file, b.blocks("principals"), "Principal", at).ifPresent(fields::add);
        principals(file, b.blocks("not_principals"), "NotPrincipal", at).ifPresent(fields::add);
        List<Block> conditions = new ArrayList<>(b.blocks("condition"));
        // A dynamic condition whose content names its test and variable is read once, its values a placeholder:
        // whether it applies is known at plan time, and a placeholder never yields a finding.
        for (Block d : b.blocks("dynamic")) {
            if (!d.labels().equals(List.of("condition"))) {
                continue;
            }
            Optional<Block> content = d.body().blocks("content").stream().findFirst();
            if (content.isPresent()
                    && content.get()
                            .body()
                            .attribute("test")
                            .flatMap(a -> literal(a.value()))
                            .isPresent()
                    && content.get()
                            .body()
                            .attribute("variable")
                            .flatMap(a -> literal(a.value()))
                            .isPresent()) {
                Body c = content.get().body();
                io.iamgate.load.Span values = c.attribute("values")
                        .map(Hcl.Attribute::span)
                        .orElse(content.get().span());
                List<Hcl.Attribute> attributes = new ArrayList<>(c.attributes());
                attributes.removeIf(a -> a.name().equals("values"));
                attributes.add(
                        new Hcl.Attribute("values", new Other("the dynamic condition's values", values), values));
                notes.add("dynamic \"condition\" at line " + d.span().start().line() + " is read once, its values "
                        + "not known without a plan.");
                conditions.add(new Block(
                        "condition",
                        List.of(),
                        new Body(attributes, List.of(), c.span()),
                        content.get().span()));
            }
        }
        if (!conditions.isEmpty()) {
            Map<String, List<Field>> byTest = new LinkedHashMap<>();
            Map<String, Position> testAt = new LinkedHashMap<>();
            for (Block c : conditions) {
                Position cAt = at != null ? at : c.span().start();
                String test = c.body()
                        .attribute("test")
                        .flatMap(a -> literal(a.value()))
                        .orElse(PLACEHOLDER);
                String variable = c.body()
                        .attribute("variable")
                        .flatMap(a -> literal(a.value()))
                        .orElse(PLACEHOLDER);
                TemplateValue values = c.body()
                        .attribute("values")
                        .map(a -> value(file, a.value(), at, 0))
                        .orElse(new Arr(List.of(), cAt));
                testAt.putIfAbsent(test, cAt);
                byTest.computeIfAbsent(test, k -> new ArrayList<>())
                        .add(new Field(
                                variable,
                                c.body()
                                        .attribute("variable")
                                        .map(a -> at != null ? at : a.span().start())
                                        .orElse(cAt),
                                values));
            }
            Position first = at != null ? at : conditions.get(0).span().start();
            if (byTest.containsKey(PLACEHOLDER)
                    || byTest.values().stream()
                            .flatMap(List::stream)
                            .anyMatch(f -> f.name().equals(PLACEHOLDER))) {
                fields.add(new Field(
                        "Condition",
                        first,
                        new Str(
                                PLACEHOLDER,
                                first,
                                "a condition whose test or variable is not known without a plan.")));
                return new Obj(fields, here);
            }
            List<Field> tests = new ArrayList<>();
            byTest.forEach(
                    (test, vars) -> tests.add(new Field(test, testAt.get(test), new Obj(vars, testAt.get(test)))));
            fields.add(new Field(
                    "Condition",
                    at != null ? at : conditions.get(0).span().start(),
                    new Obj(tests, at != null ? at : conditions.get(0).span().start())));
        }
        for (Block d : b.blocks("dynamic")) {
            if (d.labels().equals(List.of("condition"))
                    && conditions.stream()
                            .anyMatch(c -> c.span()
                                    .equals(d.body().blocks("content").stream()
                                            .findFirst()
                                            .map(Block::span)
                                            .orElse(null)))) {
                continue; // read above
            }
            String element = switch (d.labels().isEmpty() ? "" : d.labels().get(0)) {
                case "principals" -> "Principal";
                case "not_principals" -> "NotPrincipal";
                case "condition" -> "Condition";
                default -> "";
            };
            if (!element.isEmpty()) {
                // Its entries are known only at plan time; with the ones written beside it they make the element,
                // so the element as a whole is not checked (never judged on a part of it).
                Position dAt = at != null ? at : d.span().start();
                notes.add("dynamic \"" + d.labels().get(0) + "\" at line "
                        + d.span().start().line() + " is not expanded without a plan; the statement's " + element
                        + " is not checked.");
                fields.removeIf(f -> f.name().equals(element));
                fields.add(new Field(
                        element,
                        dAt,
                        new Str(
                                PLACEHOLDER,
                                dAt,
                                "a dynamic " + d.labels().get(0) + " block is not expanded without a plan.")));
            }
        }
        return new Obj(fields, here);
    }

    private Field field(String name, Hcl.Attribute a, TfFile file, Position at) {
        return new Field(name, at != null ? at : a.span().start(), value(file, a.value(), at, 0));
    }

    /** {@code principals { type = "AWS" identifiers = [...] }} blocks as one Principal; type "*" is {@code "*"}. */
    private Optional<Field> principals(TfFile file, List<Block> blocks, String name, Position at) {
        if (blocks.isEmpty()) {
            return Optional.empty();
        }
        Position first = at != null ? at : blocks.get(0).span().start();
        Map<String, List<TemplateValue>> byType = new LinkedHashMap<>();
        Map<String, Position> typeAt = new LinkedHashMap<>();
        for (Block p : blocks) {
            Position pAt = at != null ? at : p.span().start();
            String type =
                    p.body().attribute("type").flatMap(a -> literal(a.value())).orElse(PLACEHOLDER);
            if (type.equals("*")) {
                return Optional.of(new Field(name, first, new Str("*", pAt)));
            }
            typeAt.putIfAbsent(type, pAt);
            TemplateValue ids = p.body()
                    .attribute("identifiers")
                    .map(a -> value(file, a.value(), at, 0))
                    .orElse(new Arr(List.of(), pAt));
            List<TemplateValue> list = byType.computeIfAbsent(type, k -> new ArrayList<>());
            if (ids instanceof Arr arr) {
                list.addAll(arr.items());
            } else {
                list.add(ids);
            }
        }
        List<Field> fields = new ArrayList<>();
        byType.forEach((type, ids) -> fields.add(new Field(type, typeAt.get(type), new Arr(ids, typeAt.get(type)))));
        return Optional.of(new Field(name, first, new Obj(fields, first)));
    }

    private Optional<String> literal(Expr e) {
        if (e instanceof Text t && t.interpolations().isEmpty()) {
            return Optional.of(t.value());
        }
        if (e instanceof Other o && o.isReference()) {
            return scalar(o.text(), 0);
        }
        return Optional.empty();
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 80 ? one.substring(0, 77) + "..." : one;
    }
}
