package io.iamgate.analyze.rego;

import com.fasterxml.jackson.databind.JsonNode;
import io.iamgate.analyze.AnalyzerException;
import io.iamgate.analyze.RepositoryAnalyzer;
import io.iamgate.analyze.principals.PrincipalAnalyzer;
import io.iamgate.model.PolicyUnit;
import io.iamgate.principal.Principal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * User rule packs, conftest-compatible (see {@link ConftestRules} and {@link PackInput}): each unit's policy document
 * is the input, as conftest gives a policy JSON file's content. A repository analyzer only so that all units of a run
 * go to OPA in one batch; each unit is still evaluated on its own.
 */
public final class UserRegoPackAnalyzer implements RepositoryAnalyzer {

    private final RulePackEngine engine;
    private final Path workingDirectory;

    UserRegoPackAnalyzer(RulePackEngine engine, Path workingDirectory) {
        this.engine = engine;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public String name() {
        return BuiltinFindings.ANALYZER;
    }

    @Override
    public List<UnitFinding> analyzeRepository(List<PolicyUnit> units) throws AnalyzerException {
        List<PolicyUnit> checked = new ArrayList<>();
        List<PackInput> inputs = new ArrayList<>();
        for (PolicyUnit unit : units) {
            Optional<PackInput> input = PackInput.of(unit, workingDirectory);
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

    /**
     * The principal packages of the packs ({@link RulePackEngine#isPrincipalPackage}), evaluated once per
     * principal with {@link PrincipalInput} as input; findings are located at the principal's definition.
     */
    @Override
    public List<UnitFinding> analyzePrincipals(List<Principal> principals) throws AnalyzerException {
        List<JsonNode> inputs =
                principals.stream().<JsonNode>map(PrincipalInput::of).toList();
        List<List<PackageDocument>> documents = engine.evaluatePrincipals(inputs);
        List<UnitFinding> out = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Principal p = principals.get(i);
            PolicyUnit unit = null;
            for (PackageDocument doc : documents.get(i)) {
                for (var finding : ConftestRules.findings(doc, p.definition(), engine.describe())) {
                    unit = unit == null ? PrincipalAnalyzer.unitOf(p) : unit;
                    out.add(new UnitFinding(unit, finding));
                }
            }
        }
        return out;
    }
}
