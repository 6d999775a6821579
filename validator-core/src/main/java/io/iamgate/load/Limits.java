package io.iamgate.load;

import com.fasterxml.jackson.core.StreamReadConstraints;

/** Input bounds that keep a run finite on hostile files. A file beyond them is an error, never a skip. */
public final class Limits {

    /** Larger than any CloudFormation template (1 MB) and than most Terraform plans. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

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

    private Limits() {
    }
}
