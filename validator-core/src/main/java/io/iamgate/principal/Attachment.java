package io.iamgate.principal;

import io.iamgate.model.Location;
import io.iamgate.model.PolicyDocument;
import java.util.Optional;

/**
 * One policy of a principal. {@code name} names it for a person (the policy name, logical id or AWS
 * managed policy name); {@code origin} is the policy's origin in the file when the repository holds its
 * text, {@code arn} the ARN when it was attached by one; {@code site} where the template attaches it (the
 * ManagedPolicyArns entry, the Roles entry, the Policies element); {@code viaGroup} the group a user has it
 * from, or empty.
 */
public record Attachment(
        String name,
        AttachmentKind kind,
        String origin,
        String arn,
        Location site,
        Optional<String> viaGroup,
        PolicyDocument document) {

    public Attachment {
        origin = origin == null ? "" : origin;
        arn = arn == null ? "" : arn;
    }

    /** The same policy, attached at another site. */
    public Attachment at(Location attachedAt) {
        return new Attachment(name, kind, origin, arn, attachedAt, viaGroup, document);
    }

    public Attachment viaGroup(String group) {
        return new Attachment(name, kind, origin, arn, site, Optional.of(group), document);
    }
}
