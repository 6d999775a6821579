package io.iamgate.analyze.rego;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamgate.access.EscalationCatalogue;
import io.iamgate.analyze.Analyzer;
import io.iamgate.analyze.AnalyzerException;
import io.iamgate.model.Finding;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The built-in Rego pack ({@code iamgate/findings}), evaluated in-process from its wasm build. */
public final class BuiltinRegoAnalyzer implements Analyzer {

    private final WasmEvaluator evaluator;
    private final BuiltinRules.FactsSource facts;

    BuiltinRegoAnalyzer(WasmEvaluator evaluator, BuiltinRules.FactsSource facts) {
        this.evaluator = evaluator;
        this.facts = facts;
    }

    @Override
    public String name() {
        return BuiltinFindings.ANALYZER;
    }

    @Override
    public List<Finding> analyze(PolicyUnit unit) throws AnalyzerException {
        ObjectNode unitFacts = facts.get().of(unit);
        // The rules read an identity policy through its facts only (policies/iamgate.rego): without facts there is
        // nothing to evaluate, and its text would be parsed in wasm for nothing.
        boolean identity = unit.policyType() == PolicyType.IDENTITY_POLICY;
        if (identity && PackFacts.isEmpty(unitFacts)) {
            return List.of();
        }
        Optional<ObjectNode> input = RegoInput.of(unit);
        if (input.isEmpty()) {
            return List.of();
        }
        ObjectNode in = input.get();
        in.set("facts", unitFacts);
        if (identity) {
            in.remove("document");
        }
        JsonNode results = evaluator.evaluate(BuiltinRegoPack.FINDINGS, in);
        if (results.isMissingNode()) {
            return List.of();
        }
        if (!results.isArray()) {
            throw new AnalyzerException("the built-in Rego pack answered " + BuiltinRegoPack.FINDINGS
                    + " with something that is not a set: " + results);
        }
        List<Finding> findings = new ArrayList<>(results.size());
        for (JsonNode r : results) {
            findings.add(BuiltinFindings.read(r, unit));
        }
        return findings;
    }

    /**
     * The rule catalogue ({@code iamgate/rules}): code -> {issueCode, findingType, title, description, remediation}.
     * The privilege-escalation rules are one per method of Java's catalogue, which the pack gets as input
     * ({@code escalationMethods}), so that their text is written in one place (privilege_escalation.rego).
     */
    public JsonNode rules() throws AnalyzerException {
        ObjectNode in = JsonNodeFactory.instance.objectNode();
        ArrayNode methods = in.putArray("escalationMethods");
        EscalationCatalogue.methods().forEach(m -> methods.add(PackFacts.methodJson(m)));
        return evaluator.evaluate(BuiltinRegoPack.RULES, in);
    }
}
