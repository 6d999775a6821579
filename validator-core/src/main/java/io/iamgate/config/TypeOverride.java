package io.iamgate.config;

import io.iamgate.model.PolicyType;
import java.util.Optional;

/** A configuration rule: files matching {@code glob} hold policies of this type (and resource type). */
public record TypeOverride(String glob, PolicyType policyType, Optional<String> resourceType) {}
