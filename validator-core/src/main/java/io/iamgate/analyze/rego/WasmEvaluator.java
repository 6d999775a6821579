package io.iamgate.analyze.rego;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.styra.opa.wasm.OpaPolicy;
import com.styra.opa.wasm.OpaPolicyPool;
import io.iamgate.analyze.AnalyzerException;

/**
 * Evaluates entrypoints of a wasm-compiled Rego pack in-process (opa-java-wasm on Chicory). A wasm instance
 * has one linear memory and is not safe to share, so each evaluation borrows an instance from a pool owned by
 * this object; instances are compiled to JVM bytecode on first use, so the pool grows only as far as the
 * concurrency it sees (at most {@code size}).
 */
final class WasmEvaluator {

    private final ObjectMapper mapper = new ObjectMapper();
    private final OpaPolicyPool pool;

    WasmEvaluator(byte[] wasm, int size) {
        this.pool = OpaPolicyPool.create(() -> OpaPolicy.builder().withPolicy(wasm).build(), size);
    }

    /** The value of the entrypoint for this input, or a missing node when it is undefined. */
    JsonNode evaluate(String entrypoint, JsonNode input) throws AnalyzerException {
        String raw;
        try (OpaPolicyPool.Loan loan = pool.borrow()) {
            try {
                raw = loan.policy().entrypoint(entrypoint).evaluate(input);
            } catch (RuntimeException e) {
                // The instance's memory may be in any state after a trap: never reuse it.
                loan.discard();
                throw new AnalyzerException("the built-in Rego pack failed evaluating " + entrypoint + ": " + e, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalyzerException("interrupted while waiting for a Rego evaluator", e);
        }
        try {
            // The wasm ABI answers [{"result": value}], or [] when the entrypoint is undefined.
            JsonNode results = mapper.readTree(raw);
            return results.isArray() && !results.isEmpty() ? results.get(0).path("result") : MissingNode.getInstance();
        } catch (JsonProcessingException e) {
            throw new AnalyzerException("the built-in Rego pack answered something that is not JSON: " + raw, e);
        }
    }
}
