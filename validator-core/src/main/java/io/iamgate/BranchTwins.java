package io.iamgate;

import io.iamgate.load.Position;
import io.iamgate.model.ConditionBranch;
import io.iamgate.model.Finding;
import io.iamgate.model.PolicyUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A policy with an undecidable Fn::If is read twice, once per branch; a problem outside the Fn::If is then found in
 * both readings. One problem is one finding: a second-branch finding whose twin (same issue code and details, same
 * place in the file and text) the first reading has is dropped, so it stays once, on the first reading. A finding
 * of one branch only keeps the origin naming its branch, and its fingerprint.
 */
final class BranchTwins {

    private BranchTwins() {}

    /** Removes from each second-branch unit's findings those its first-branch reading also has. */
    static void dropSecondReadings(List<PolicyUnit> order, Map<PolicyUnit, List<Finding>> findings) {
        Map<String, Deque<PolicyUnit>> firstReadings = new HashMap<>();
        for (PolicyUnit unit : order) {
            ConditionBranch.of(unit.origin())
                    .filter(ConditionBranch::value)
                    .ifPresent(b -> firstReadings
                            .computeIfAbsent(unit.file() + '\0' + b.baseOrigin(), k -> new ArrayDeque<>())
                            .add(unit));
        }
        if (firstReadings.isEmpty()) {
            return;
        }
        for (PolicyUnit unit : order) {
            ConditionBranch branch =
                    ConditionBranch.of(unit.origin()).filter(b -> !b.value()).orElse(null);
            Deque<PolicyUnit> twins =
                    branch == null ? null : firstReadings.get(unit.file() + '\0' + branch.baseOrigin());
            if (twins == null || twins.isEmpty() || findings.get(unit) == null) {
                continue;
            }
            // Readings pair in order: the n-th second reading of an origin is the n-th first reading's twin.
            PolicyUnit first = twins.poll();
            Set<List<Object>> seen = new HashSet<>();
            findings.getOrDefault(first, List.of()).forEach(f -> seen.add(key(first, f)));
            findings.get(unit).removeIf(f -> seen.contains(key(unit, f)));
        }
    }

    /**
     * Not the path: a branch of {@code !Ref AWS::NoValue} drops a statement, so the statements after it have other
     * indexes in the two readings. The place in the file and the element's text say it is the same element; a
     * finding about the whole policy has the whole text, which differs between readings, so it stays per branch.
     */
    private static List<Object> key(PolicyUnit unit, Finding f) {
        Position at = Validator.filePosition(unit, f);
        String text = unit.document().text();
        String element =
                f.locations().isEmpty() ? text : f.locations().get(0).span().of(text);
        return List.of(f.issueCode(), f.findingDetails(), at.line(), at.column(), element);
    }
}
