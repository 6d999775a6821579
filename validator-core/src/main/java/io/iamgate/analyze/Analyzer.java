package io.iamgate.analyze;

import io.iamgate.model.Finding;
import io.iamgate.model.PolicyUnit;
import java.util.List;

/**
 * Validates one policy unit. Implementations are thread-safe: the engine calls them concurrently.
 * An analyzer that was asked for and cannot do its job throws {@link AnalyzerException}; it never
 * returns an empty list for a policy it did not check.
 */
public interface Analyzer {

    /** "local", "aws" or "rego": recorded on each finding. */
    String name();

    List<Finding> analyze(PolicyUnit unit) throws AnalyzerException;
}
