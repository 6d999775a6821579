package io.iamgate.analyze.rego;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamgate.analyze.AnalyzerException;
import io.iamgate.analyze.RepositoryAnalyzer;
import io.iamgate.model.PolicyUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * User rule packs, conftest-compatible (see {@link ConftestRules}). A repository analyzer only so that all units
 * of a run go to OPA in one batch; each unit is still evaluated on its own, with the same input object as the
 * built-in pack.
 */
public final class UserRegoPackAnalyzer implements RepositoryAnalyzer {

    private final RulePackEngine engine;

    UserRegoPackAnalyzer(RulePackEngine engine) {
        this.engine = engine;
    }

    @Override
    public String name() {
        return BuiltinFindings.ANALYZER;
    }

    @Override
    public List<UnitFinding> analyzeRepository(List<PolicyUnit> units) throws AnalyzerException {
        List<PolicyUnit> checked = new ArrayList<>();
        List<JsonNode> inputs = new ArrayList<>();
        for (PolicyUnit unit : units) {
            Optional<ObjectNode> input = RegoInput.of(unit);
            if (input.isPresent()) {
                checked.add(unit);
                inputs.add(input.get());
            }
        }
        List<List<PackageDocument>> documents = engine.evaluate(inputs);
        List<UnitFinding> out = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            for (PackageDocument doc : documents.get(i)) {
                for (var finding : ConftestRules.findings(doc, checked.get(i), engine.describe())) {
                    out.add(new UnitFinding(checked.get(i), finding));
                }
            }
        }
        return out;
    }
}
