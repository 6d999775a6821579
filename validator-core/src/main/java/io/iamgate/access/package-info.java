/**
 * Effective permissions: per statement, policy and principal, which actions on which resources are allowed
 * or denied, and under which conditions (limiting or not for the question asked). Computed once, in Java,
 * from the IAM reference; the one place that answers "what can X do". Reads the model, never the analyzers.
 */
package io.iamgate.access;
