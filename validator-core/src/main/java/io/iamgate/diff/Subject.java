package io.iamgate.diff;

import io.iamgate.access.AccessEntry;
import io.iamgate.model.PolicyUnit;
import io.iamgate.principal.TrustSummary;
import java.util.List;
import java.util.Optional;

/**
 * One side's view of a principal (role, user, group, permission set) or of a policy that belongs to none (a raw
 * policy file, a bucket policy, an unattached managed policy): its access entries, its boundary's (null when it
 * has none), what it adds up to, and the unit its findings are reported on. {@code contentKey} is equal for two
 * subjects that grant the same, however written: a rename is matched by it.
 */
public record Subject(
        String kind,
        String name,
        String file,
        String origin,
        int line,
        List<AccessEntry> entries,
        List<AccessEntry> boundary,
        boolean administrator,
        List<String> escalations,
        Optional<TrustSummary> trust,
        boolean publicPolicy,
        PolicyUnit unit,
        String contentKey) {

    public static final String POLICY = "policy";

    public Subject {
        entries = List.copyOf(entries);
        boundary = boundary == null ? null : List.copyOf(boundary);
        escalations = List.copyOf(escalations);
    }

    /** For a person to read: {@code role DeployRole}, or the policy's file and origin. */
    public String describe() {
        if (kind.equals(POLICY)) {
            return origin.isEmpty() ? file : origin;
        }
        return kind + " " + name;
    }
}
