package io.iamgate.principal;

import io.iamgate.model.Location;

/**
 * A link the model could not follow: a policy outside the repository, an AWS managed ARN the snapshot does
 * not know, a group that is not in the template. Listed on the principal, never taken as nothing.
 */
public record UnknownLink(String element, String value, String reason, Location site) {}
