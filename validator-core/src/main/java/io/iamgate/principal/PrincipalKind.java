package io.iamgate.principal;

import java.util.Locale;

/** What kind of IAM principal. */
public enum PrincipalKind {
    ROLE,
    USER,
    GROUP,
    /** An IAM Identity Center permission set: the roles it provisions in each account it is assigned to. */
    PERMISSION_SET;

    /** For a person to read: {@code role}, {@code permission set}. */
    public String describe() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
