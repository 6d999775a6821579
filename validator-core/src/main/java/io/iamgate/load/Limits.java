package io.iamgate.load;

/** Input bounds that keep a run finite on hostile files. A file beyond them is an error, never a skip. */
public final class Limits {

    /** Larger than any CloudFormation template (1 MB) and than most Terraform plans. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /** Longer than any legitimate policy string value. */
    public static final int MAX_STRING_LENGTH = 10 * 1024 * 1024;

    private Limits() {
    }
}
