/**
 * The repository's principals (roles, users, groups) with their inline, customer managed and AWS managed
 * policies, group memberships, permissions boundary and trust policy, linked across the resources of one
 * template, and their effective permissions. Built from what extraction produced; never reads a file.
 */
package io.iamgate.principal;
