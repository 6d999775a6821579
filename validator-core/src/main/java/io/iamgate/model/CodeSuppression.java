package io.iamgate.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding accepted where the policy is written (a CloudFormation resource's {@code Metadata}, a comment on a
 * Terraform block): the issue code ({@code *} for any), why, the last day it applies, and where it is written
 * ({@code file} as reports name it, {@code line} 1-based), so that one matching nothing can be pointed at.
 */
public record CodeSuppression(String issueCode, String reason, Optional<LocalDate> expires, String file, int line) {

    public CodeSuppression {
        Objects.requireNonNull(issueCode, "issueCode");
        Objects.requireNonNull(reason, "reason");
        expires = expires == null ? Optional.empty() : expires;
    }

    /** {@code file:line}, as reports name it. */
    public String declaredAt() {
        return file + ":" + line;
    }
}
