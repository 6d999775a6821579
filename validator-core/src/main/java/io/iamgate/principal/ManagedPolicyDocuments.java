package io.iamgate.principal;

import io.iamgate.load.LocatedJsonParser;
import io.iamgate.model.PolicyDocument;
import io.iamgate.reference.ManagedPolicy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parsed documents of AWS managed policies, shared by the runs of a process: a managed policy's text never
 * changes, and parsing a large one (ReadOnlyAccess) is a noticeable part of the principal stage. A preload can parse
 * them while files are still extracted; a caller asking for one being parsed waits for it instead of parsing it
 * again. Bounded by the snapshot's policies.
 */
public final class ManagedPolicyDocuments {

    private static final Map<ManagedPolicy, PolicyDocument> PARSED = new ConcurrentHashMap<>();

    private ManagedPolicyDocuments() {}

    /** The policy's document, parsed. */
    public static PolicyDocument of(ManagedPolicy policy) {
        return PARSED.computeIfAbsent(policy, p -> PolicyDocument.of(new LocatedJsonParser().parse(p.document())));
    }
}
