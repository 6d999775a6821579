package io.iamgate;

import io.iamgate.load.Limits;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.Statement;
import java.util.Optional;

/**
 * A policy larger than IAM accepts is refused before any analyzer sees it (an error, exit 2), because some
 * checks compare statements, or entries of an element, with each other: the limits bound that work.
 */
final class PolicyLimits {

    private PolicyLimits() {}

    /** What is too large about the document, as the end of a sentence about it; empty when it is within limits. */
    static Optional<String> exceeded(PolicyDocument document) {
        int statements = document.statements().size();
        if (statements > Limits.MAX_STATEMENTS_PER_POLICY) {
            return Optional.of("has " + statements + " statements, more than the limit of "
                    + Limits.MAX_STATEMENTS_PER_POLICY + " (no IAM policy can hold that many); split it into "
                    + "several policies or exclude the file");
        }
        for (Statement statement : document.statements()) {
            long entries = (long) statement.actionEntries().size()
                    + statement.resourceEntries().size()
                    + statement.principalEntries().size();
            for (Statement.ConditionBlock block : statement.conditionBlocks()) {
                for (ConditionEntry entry : block.entries()) {
                    entries += entry.values().size();
                }
            }
            if (entries > Limits.MAX_ENTRIES_PER_STATEMENT) {
                return Optional.of("has a statement (" + statement.path() + ") with " + entries + " entries, more than "
                        + "the limit of " + Limits.MAX_ENTRIES_PER_STATEMENT + " per statement (no IAM policy can "
                        + "hold that many); split the statement or exclude the file");
            }
        }
        return Optional.empty();
    }
}
