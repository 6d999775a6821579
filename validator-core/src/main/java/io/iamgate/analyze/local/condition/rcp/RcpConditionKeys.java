package io.iamgate.analyze.local.condition.rcp;

import io.iamgate.analyze.local.condition.ConditionKeys;
import io.iamgate.model.ConditionOperator;
import io.iamgate.model.Statement;
import java.util.Set;

/**
 * Which keys describe the calling principal and which describe the AWS service acting for someone, in a
 * resource control policy. An RCP applies to IAM principals and AWS service principals alike, and each
 * family of keys is absent for the other kind of caller.
 */
final class RcpConditionKeys {

    private static final Set<String> PRINCIPAL = Set.of(
            "aws:principalorgid",
            "aws:principalorgpaths",
            "aws:principalaccount",
            "aws:principalarn",
            "aws:principaltype",
            "aws:userid",
            "aws:username",
            "aws:principalisawsservice");

    private static final Set<String> SOURCE =
            Set.of("aws:sourceorgid", "aws:sourceorgpaths", "aws:sourceaccount", "aws:sourcearn");

    private RcpConditionKeys() {}

    /** A key about the IAM principal: aws:Principal* and aws:PrincipalTag/..., aws:userid, aws:username. */
    static boolean isPrincipalKey(String key) {
        String k = ConditionKeys.lower(key);
        return (PRINCIPAL.contains(k) && !k.equals("aws:principalisawsservice")) || k.startsWith("aws:principaltag/");
    }

    /** A key that describes the resource a service acts for (aws:Source*). */
    static boolean isSourceKey(String key) {
        return SOURCE.contains(ConditionKeys.lower(key));
    }

    /** True when the statement has "Bool" or "BoolIfExists" {"aws:PrincipalIsAWSService": value}. */
    static boolean testsPrincipalIsAwsService(Statement statement, String value) {
        return ConditionKeys.statementTests(
                statement, ConditionOperator.Base.Bool, true, "aws:PrincipalIsAWSService", value);
    }

    /** True when the statement has "Null" {"aws:SourceAccount" or "aws:SourceArn": "false"}. */
    static boolean hasSourceNullCheck(Statement statement) {
        return ConditionKeys.statementTests(statement, ConditionOperator.Base.Null, false, "aws:SourceAccount", "false")
                || ConditionKeys.statementTests(
                        statement, ConditionOperator.Base.Null, false, "aws:SourceArn", "false");
    }
}
