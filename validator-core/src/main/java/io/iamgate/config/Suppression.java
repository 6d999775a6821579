package io.iamgate.config;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An accepted finding of the configuration: issue code, file glob, optionally a resource glob (a CloudFormation
 * logical ID, a Terraform resource address, a CDK construct path), a statement Sid or a path, a required reason
 * and an optional expiry date after which the finding blocks again. {@code declaredAt} says where it is written
 * ({@code .iamgate.yml:12}), so that one matching nothing can be pointed at. Suppressions written in the code
 * itself travel with the policy ({@link io.iamgate.model.CodeSuppression}).
 */
public record Suppression(
        String issueCode,
        String fileGlob,
        Optional<String> sid,
        Optional<String> path,
        String reason,
        Optional<LocalDate> expires,
        Optional<String> resourceGlob,
        String declaredAt) {

    public Suppression {
        resourceGlob = resourceGlob == null ? Optional.empty() : resourceGlob;
        declaredAt = declaredAt == null ? "" : declaredAt;
    }

    /** One selecting by file, Sid and path only, written nowhere in particular. */
    public Suppression(
            String issueCode,
            String fileGlob,
            Optional<String> sid,
            Optional<String> path,
            String reason,
            Optional<LocalDate> expires) {
        this(issueCode, fileGlob, sid, path, reason, expires, Optional.empty(), "");
    }
}
