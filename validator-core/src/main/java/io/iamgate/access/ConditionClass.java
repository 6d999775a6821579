package io.iamgate.access;

import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionOperator;
import io.iamgate.model.ConditionValue;
import io.iamgate.model.Statement;
import io.iamgate.reference.Glob;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a statement's Condition means for the questions iamgate asks (can the principal escalate, is it an
 * administrator). {@code limiting}: at least one key restricts who or what may use the grant. Keys that
 * only say where or how a request is sent (Region, MFA, TLS, time) do not limit a principal that is
 * already compromised or misused, so they do not. {@code iam:PassedToService} is kept apart: it limits a
 * PassRole path only when it names none of the path's services.
 */
public record ConditionClass(List<String> keys, boolean limiting, List<String> passedToServices) {

    /** Lowercase global keys that never stop a principal from using its own grant. */
    static final Set<String> NON_LIMITING_KEYS = Set.of(
            "aws:requestedregion",
            "aws:multifactorauthpresent",
            "aws:multifactorauthage",
            "aws:securetransport",
            "aws:currenttime",
            "aws:epochtime",
            "aws:tokenissuetime");

    private static final String PASSED_TO_SERVICE = "iam:passedtoservice";

    public static final ConditionClass NONE = new ConditionClass(List.of(), false, List.of());

    public ConditionClass {
        keys = List.copyOf(keys);
        passedToServices = List.copyOf(passedToServices);
    }

    public static ConditionClass of(Statement statement) {
        List<String> keys = new ArrayList<>();
        List<String> passedTo = new ArrayList<>();
        boolean limiting = false;
        for (Statement.ConditionBlock block : statement.conditionBlocks()) {
            for (ConditionEntry entry : block.entries()) {
                String key = entry.key().toLowerCase(Locale.ROOT);
                keys.add(entry.key());
                if (NON_LIMITING_KEYS.contains(key)) {
                    continue;
                }
                ConditionOperator op = entry.operator();
                boolean positiveString = op.isValid()
                        && op.family() == ConditionOperator.Family.STRING
                        && !op.base().negated()
                        && op.qualifier() != ConditionOperator.Qualifier.FOR_ALL_VALUES;
                if (key.equals(PASSED_TO_SERVICE) && positiveString) {
                    entry.values().stream()
                            .filter(ConditionValue::isString)
                            .map(ConditionValue::text)
                            .forEach(passedTo::add);
                } else {
                    limiting = true;
                }
            }
        }
        if (statement.has("Condition")
                && keys.isEmpty()
                && !statement.conditionBlocks().isEmpty()) {
            limiting = true; // an operator with no readable keys: not understood, so not assumed open
        }
        return new ConditionClass(keys, limiting, passedTo);
    }

    /** No Condition at all. */
    public boolean isUnconditional() {
        return keys.isEmpty() && !limiting;
    }

    /**
     * Whether the conditions stop the grant from serving a path whose role is passed to
     * {@code servicePrincipal} (null: a question that involves no PassRole, where any iam:PassedToService
     * counts as limiting).
     */
    public boolean limits(String servicePrincipal) {
        if (limiting) {
            return true;
        }
        if (passedToServices.isEmpty()) {
            return false;
        }
        if (servicePrincipal == null) {
            return true;
        }
        String target = servicePrincipal.toLowerCase(Locale.ROOT);
        return passedToServices.stream().noneMatch(p -> Glob.matches(p.toLowerCase(Locale.ROOT), target));
    }
}
