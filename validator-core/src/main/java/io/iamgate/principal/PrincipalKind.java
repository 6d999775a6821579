package io.iamgate.principal;

/** What kind of IAM principal. */
public enum PrincipalKind {
    ROLE, USER, GROUP
}
