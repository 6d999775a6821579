package io.iamgate.analyze.rego;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamgate.analyze.AnalyzerException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Evaluates the packages of user rule packs for a batch of inputs (one input per policy unit). */
interface RulePackEngine {

    /** What the user asked for, for messages: the pack directories or the server URL. */
    String describe();

    /** The packages the packs define (test-only packages left out). */
    List<String> packages() throws AnalyzerException;

    /** The value of {@code query} evaluated once with {@code input} as input and the packs loaded. */
    JsonNode query(ObjectNode input, String query) throws AnalyzerException;

    /** For each input, in order, the documents of every policy package of the packs (not the principal ones). */
    default List<List<PackageDocument>> evaluate(List<PackInput> inputs) throws AnalyzerException {
        List<String> packages = packagesFor(packages(), false);
        if (inputs.isEmpty()) {
            return List.of();
        }
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        ArrayNode units = input.putArray("units");
        inputs.forEach(in -> units.add(in.toJson()));
        return batchAnswer(query(input, batchQuery(packages)), inputs.size(), packages);
    }

    /**
     * For each principal ({@link PrincipalInput}), in order, the documents of every principal package of the packs
     * ({@link #isPrincipalPackage}); nothing to evaluate, and no query sent, when the packs have none.
     */
    default List<List<PackageDocument>> evaluatePrincipals(List<JsonNode> principals) throws AnalyzerException {
        if (principals.isEmpty()) {
            return List.of();
        }
        List<String> packages = packagesFor(packages(), true);
        if (packages.isEmpty()) {
            return List.of();
        }
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        input.putArray("principals").addAll(principals);
        return batchAnswer(query(input, principalQuery(packages)), principals.size(), packages);
    }

    /**
     * Rules over principals live in packages of their own, {@code principals} or ending in {@code .principals}:
     * a conftest rule such as {@code warn if not input.Version} would otherwise fire on every principal, and a
     * principal rule on every policy.
     */
    static boolean isPrincipalPackage(String packagePath) {
        return packagePath.equals("principals") || packagePath.endsWith(".principals");
    }

    /** The packages that {@link #evaluate} ({@code principal} false) or {@link #evaluatePrincipals} runs. */
    static List<String> packagesFor(List<String> packages, boolean principal) {
        return packages.stream().filter(p -> isPrincipalPackage(p) == principal).toList();
    }

    /**
     * The Rego query over {@code input.principals}: each package evaluated with one principal as {@code input}
     * and {@code data.iamgate.kind} set to {@code "principal"}; read back with {@link #batchAnswer}.
     */
    static String principalQuery(List<String> packages) {
        String docs = packages.stream().map(RulePackEngine::ref).collect(Collectors.joining(", "));
        return "{i: docs | some i; d := input.principals[i]; docs := [" + docs
                + "] with input as d with data.iamgate.kind as \"principal\"}";
    }

    /**
     * The Rego query both engines run over {@code input.units} (the batch, {@link PackInput#toJson()} each):
     * {@code {i: [data.<p1>, ...] | unit i}}, each package evaluated with the unit's document as {@code input} and
     * its metadata as {@code data.iamgate.unit} and {@code data.conftest.file}. The unit's parts are bound to plain
     * variables first: a {@code with} value that reads {@code u.x} would be read after {@code input} was replaced.
     */
    static String batchQuery(List<String> packages) {
        String docs = packages.stream().map(RulePackEngine::ref).collect(Collectors.joining(", "));
        return "{i: docs | some i; u := input.units[i]; d := u.document; m := u.unit; f := u.file; docs := [" + docs
                + "] with input as d with data.iamgate.unit as m with data.conftest.file as f}";
    }

    /**
     * The value of {@link #batchQuery} read back: for each of {@code units} inputs (an object keyed by the unit's
     * index), the document of each package, in the order of {@code packages}.
     */
    static List<List<PackageDocument>> batchAnswer(JsonNode value, int units, List<String> packages) {
        List<List<PackageDocument>> out = new ArrayList<>(units);
        for (int i = 0; i < units; i++) {
            JsonNode perUnit = value.path(Integer.toString(i));
            List<PackageDocument> docs = new ArrayList<>(packages.size());
            for (int p = 0; p < packages.size(); p++) {
                docs.add(new PackageDocument(packages.get(p), perUnit.path(p)));
            }
            out.add(docs);
        }
        return out;
    }

    /** {@code data["team"]["s3"]}: quoted steps, so that any package name is a valid reference. */
    static String ref(String packagePath) {
        StringBuilder sb = new StringBuilder("data");
        for (String step : packagePath.split("\\.")) {
            sb.append("[\"")
                    .append(step.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append("\"]");
        }
        return sb.toString();
    }
}
