package io.iamgate.analyze.rego;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamgate.analyze.AnalyzerException;
import io.iamgate.analyze.RepositoryAnalyzer;
import io.iamgate.analyze.principals.PrincipalAnalyzer;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.principal.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in pack's checks over all policies together ({@code iamgate/repository_findings}): its input is the
 * run's organization policies (SCPs and RCPs), and a run without any has nothing to evaluate. Each answer names
 * the {@code file} and {@code origin} of the unit it belongs to.
 */
public final class BuiltinRegoRepositoryAnalyzer implements RepositoryAnalyzer {

    /** What the repository rules read: shipping every policy of the run into wasm cost more than all the other rules. */
    private static final Set<PolicyType> ORGANIZATION_POLICIES =
            Set.of(PolicyType.SERVICE_CONTROL_POLICY, PolicyType.RESOURCE_CONTROL_POLICY);

    private final WasmEvaluator evaluator;
    private final BuiltinRules.FactsSource facts;

    BuiltinRegoRepositoryAnalyzer(WasmEvaluator evaluator, BuiltinRules.FactsSource facts) {
        this.evaluator = evaluator;
        this.facts = facts;
    }

    @Override
    public String name() {
        return BuiltinFindings.ANALYZER;
    }

    @Override
    public List<UnitFinding> analyzeRepository(List<PolicyUnit> units) throws AnalyzerException {
        ArrayNode policies = JsonNodeFactory.instance.arrayNode();
        Map<String, PolicyUnit> byKey = new HashMap<>();
        for (PolicyUnit unit : units) {
            if (!ORGANIZATION_POLICIES.contains(unit.policyType())) {
                continue; // the repository rules are about SCPs and RCPs only (policies/iamgate.rego)
            }
            Optional<ObjectNode> input = RegoInput.of(unit);
            if (input.isPresent()) {
                policies.add(input.get());
                byKey.putIfAbsent(key(unit.file(), unit.origin()), unit);
            }
        }
        if (policies.isEmpty()) {
            return List.of();
        }
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        input.set("policies", policies);
        JsonNode results = evaluator.evaluate(BuiltinRegoPack.REPOSITORY_FINDINGS, input);
        if (results.isMissingNode()) {
            return List.of();
        }
        List<UnitFinding> out = new ArrayList<>();
        for (JsonNode r : results) {
            PolicyUnit unit =
                    byKey.get(key(r.path("file").asText(""), r.path("origin").asText("")));
            if (unit == null) {
                throw new AnalyzerException("the built-in Rego pack attached "
                        + r.path("issueCode").asText() + " to a policy that is not in this run: file " + r.path("file")
                        + ", origin " + r.path("origin"));
            }
            out.add(new UnitFinding(unit, BuiltinFindings.read(r, unit)));
        }
        return out;
    }

    /**
     * The pack's rules over principals ({@code iamgate/principal_findings}), evaluated once per principal with its
     * facts ({@link PackFacts#of(io.iamgate.principal.Principal)}); findings are located at the principal's definition.
     */
    @Override
    public List<UnitFinding> analyzePrincipals(List<Principal> principals) throws AnalyzerException {
        PackFacts builder = facts.get();
        List<UnitFinding> out = new ArrayList<>();
        for (Principal p : principals) {
            ObjectNode input = JsonNodeFactory.instance.objectNode();
            input.set("principal", builder.of(p));
            JsonNode results = evaluator.evaluate(BuiltinRegoPack.PRINCIPAL_FINDINGS, input);
            if (results.isMissingNode() || results.isEmpty()) {
                continue;
            }
            PolicyUnit unit = PrincipalAnalyzer.unitOf(p);
            for (JsonNode r : results) {
                out.add(new UnitFinding(unit, BuiltinFindings.readAt(r, p.definition())));
            }
        }
        return out;
    }

    private static String key(String file, String origin) {
        return file + "\0" + origin;
    }
}
