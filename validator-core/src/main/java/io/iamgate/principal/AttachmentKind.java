package io.iamgate.principal;

/** How a policy reaches a principal. */
public enum AttachmentKind {
    /** Written for the principal: Policies of a role, user or group, AWS::IAM::Policy, AWS::IAM::RolePolicy... */
    INLINE,
    /** An AWS::IAM::ManagedPolicy of the repository. */
    CUSTOMER_MANAGED,
    /** An AWS managed policy, read from the bundled snapshot. */
    AWS_MANAGED;

    /** For a person to read: {@code inline}, {@code customer managed}, {@code AWS managed}. */
    public String describe() {
        return this == AWS_MANAGED
                ? "AWS managed"
                : name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
