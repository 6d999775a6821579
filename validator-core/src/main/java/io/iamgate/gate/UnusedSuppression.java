package io.iamgate.gate;

/**
 * A suppression that accepted no finding of the run: where it is written ({@code template.yaml:14},
 * {@code .iamgate.yml:8}), its issue code, the resource it names (a logical ID, an address, a glob; empty for
 * none) and its reason. Listed so it can be removed before it hides a finding nobody meant to accept.
 */
public record UnusedSuppression(String declaredAt, String issueCode, String resource, String reason) {}
