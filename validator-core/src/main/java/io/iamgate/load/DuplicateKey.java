package io.iamgate.load;

/**
 * A member name written twice in one object, read with {@link Mode#LAST_WINS}: where the ignored and the kept
 * occurrences stand.
 */
public record DuplicateKey(String name, Span ignored, Span kept) {

    /** What a parser does with a duplicate member name. */
    public enum Mode {
        /** A syntax error: IAM rejects a policy with one, and which value wins would be a guess. */
        REJECT,
        /**
         * The last value wins at the first one's place, and the duplicate is recorded: how CloudFormation reads a
         * template, so that the gate validates what is deployed.
         */
        LAST_WINS
    }
}
