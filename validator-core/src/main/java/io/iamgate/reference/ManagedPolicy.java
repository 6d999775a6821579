package io.iamgate.reference;

import java.util.Objects;

/**
 * The default version of one AWS managed policy, from the bundled snapshot.
 *
 * @param name             the policy name, e.g. {@code AWSLambdaBasicExecutionRole}
 * @param arn              its ARN in the {@code aws} partition, path included:
 *                         {@code arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole}
 * @param path             its IAM path, starting and ending with {@code /}: {@code /} or {@code /service-role/}
 * @param defaultVersionId the version IAM serves as the policy's default, e.g. {@code v3}
 * @param document         that version's policy document as compact JSON text, as IAM returns it decoded
 */
public record ManagedPolicy(String name, String arn, String path, String defaultVersionId, String document) {

    public ManagedPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(defaultVersionId, "defaultVersionId");
        Objects.requireNonNull(document, "document");
    }
}
