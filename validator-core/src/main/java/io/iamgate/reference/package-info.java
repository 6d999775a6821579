/**
 * The IAM service reference, offline: services and their actions (access level, resource types,
 * condition keys), resource ARN formats, condition keys with their types, the global condition
 * keys, partitions and Regions, and RCP support. {@link io.iamgate.reference.IamReference#bundled()}
 * loads the snapshot that {@code scripts/update-iam-reference} writes from pinned npm packages;
 * everything here is immutable and shared by all threads. Lookups are case-insensitive, as IAM's.
 * {@link io.iamgate.reference.ManagedPolicies#bundled()} holds the default version of every AWS managed
 * policy, from the snapshot {@code scripts/update-managed-policies} writes; its ARN and name lookups
 * are case-sensitive, as ARNs are.
 */
package io.iamgate.reference;
