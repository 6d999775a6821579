package io.iamgate.analyze.local.statement;

import io.iamgate.load.Node;
import io.iamgate.model.Location;
import io.iamgate.model.PolicyType;
import io.iamgate.model.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which policy types hold Sids to IAM's rules. IAM itself (identity and role trust policies) and AWS
 * Organizations (SCPs, RCPs) reject duplicate and non-alphanumeric Sids; the other resource policies
 * (S3, SQS, KMS, ...) accept them.
 */
final class SidRules {

    private SidRules() {}

    static boolean strict(PolicyType type, boolean trustPolicy) {
        return trustPolicy
                || type == PolicyType.IDENTITY_POLICY
                || type == PolicyType.SERVICE_CONTROL_POLICY
                || type == PolicyType.RESOURCE_CONTROL_POLICY
                || type == PolicyType.TRUST_POLICY;
    }

    static Optional<Location> sidLocation(Statement statement) {
        return statement
                .member("Sid")
                .filter(m -> m.value() instanceof Node.StringNode)
                .map(m -> new Location(statement.pathOf("Sid"), m.value().span()));
    }

    /** The Sid values that repeat an earlier statement's Sid, in document order. Empty Sids are not ids. */
    static List<Location> duplicates(List<Statement> statements) {
        Set<String> seen = new HashSet<>();
        List<Location> out = new ArrayList<>();
        for (Statement s : statements) {
            Optional<String> sid = s.sid().filter(v -> !v.isEmpty());
            if (sid.isPresent() && !seen.add(sid.get())) {
                out.add(sidLocation(s).orElseThrow());
            }
        }
        return out;
    }
}
