package io.iamgate.analyze.rego;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamgate.analyze.AnalyzerException;
import java.util.List;

/** Stands for OPA when a rule pack was asked for and no opa binary or server is available: fails the run. */
record MissingOpaEngine(String packs) implements RulePackEngine {

    @Override
    public String describe() {
        return packs;
    }

    @Override
    public List<List<PackageDocument>> evaluate(List<PackInput> inputs) throws AnalyzerException {
        throw missing();
    }

    @Override
    public List<List<PackageDocument>> evaluatePrincipals(List<JsonNode> principals) {
        return List.of(); // evaluate, which every run calls, has already failed it: one error, not two
    }

    @Override
    public List<String> packages() throws AnalyzerException {
        throw missing();
    }

    @Override
    public JsonNode query(ObjectNode input, String query) throws AnalyzerException {
        throw missing();
    }

    private AnalyzerException missing() {
        return new AnalyzerException("the Rego rule pack " + packs + " needs Open Policy Agent, and no opa binary was "
                + "given (--opa, IAMGATE_OPA) or found on PATH: " + OpaExecutable.INSTALL_HINT);
    }
}
