package io.iamgate.analyze.rego;

import com.fasterxml.jackson.databind.JsonNode;
import io.iamgate.analyze.AnalyzerException;
import java.util.List;

/** Evaluates the packages of user rule packs for a batch of inputs (one input per policy unit). */
interface RulePackEngine {

    /** What the user asked for, for messages: the pack directories or the server URL. */
    String describe();

    /** For each input, in order, the documents of every package of the packs. */
    List<List<PackageDocument>> evaluate(List<JsonNode> inputs) throws AnalyzerException;
}
