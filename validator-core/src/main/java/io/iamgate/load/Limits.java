package io.iamgate.load;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.time.Duration;

/** Input bounds that keep a run finite on hostile files. A file beyond them is an error, never a skip. */
public final class Limits {

    /**
     * Larger than any CloudFormation template (1 MB) and than most Terraform plans. A file is read and parsed
     * whole, with every token's position, at about 40 times its size in memory: this bounds a run's memory.
     */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    /**
     * More statements than any policy IAM accepts: the largest policies (KMS key policies) hold 32 KB, room for
     * about 700 of the shortest statements. Some checks compare statements pairwise.
     */
    public static final int MAX_STATEMENTS_PER_POLICY = 1000;

    /**
     * More entries (actions, resources, principals, condition values) than one statement of a 32 KB policy
     * can hold. Some checks compare the entries of an element with each other.
     */
    public static final int MAX_ENTRIES_PER_STATEMENT = 10_000;

    /** How long analysing one file's policies may take before the file is reported as not checked. */
    public static final Duration FILE_TIME_BUDGET = Duration.ofSeconds(60);

    /** Longer than any legitimate policy string value. */
    public static final int MAX_STRING_LENGTH = 10 * 1024 * 1024;

    /** Deeper than any real policy or template; bounds memory and time on hostile input. */
    public static final int MAX_NESTING_DEPTH = 200;

    /** The bounds above as Jackson applies them while it reads JSON or YAML. */
    static StreamReadConstraints streamReadConstraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(1000)
                .build();
    }

    private Limits() {}
}
