package io.iamgate.analyze.rego;

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
        throw new AnalyzerException("the Rego rule pack " + packs + " needs Open Policy Agent, and no opa binary was "
                + "given (--opa, IAMGATE_OPA) or found on PATH: " + OpaExecutable.INSTALL_HINT);
    }
}
