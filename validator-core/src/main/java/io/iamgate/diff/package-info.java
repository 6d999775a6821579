/**
 * What a change grants: the effective permissions of the working tree compared with those of a git revision,
 * per principal and per policy (access added and removed, new and removed principals, widened trust), and the
 * categories of added access that block. A front of the same pipeline: both sides are built by the validator's
 * extract and principal stages; nothing here parses a policy itself.
 */
package io.iamgate.diff;
