package io.iamgate.analyze.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.load.Limits;
import io.iamgate.model.Finding;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.reference.ManagedPolicies;
import io.iamgate.reference.ManagedPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Any policy within the input limits evaluates: the largest AWS managed policies, and synthetic ones at the limits. */
class BuiltinPackLargePoliciesTest {

    private static final BuiltinRegoAnalyzer PACK = BuiltinRules.start(1).analyzer();

    private static Set<String> codes(PolicyUnit unit) throws Exception {
        return PACK.analyze(unit).stream().map(Finding::issueCode).collect(Collectors.toSet());
    }

    private static PolicyUnit managed(ManagedPolicy p) {
        return RegoUnits.unit(p.name() + ".json", "", PolicyType.IDENTITY_POLICY, null, p.document());
    }

    @Test
    void theTenLargestAwsManagedPoliciesEvaluate() throws Exception {
        List<ManagedPolicy> largest = ManagedPolicies.bundled()
                .all()
                .sorted(Comparator.comparingInt(
                                (ManagedPolicy p) -> p.document().length())
                        .reversed())
                .limit(10)
                .toList();
        assertTrue(largest.stream().anyMatch(p -> p.name().equals("ReadOnlyAccess")), "ReadOnlyAccess is among them");
        for (ManagedPolicy p : largest) {
            PACK.analyze(managed(p)); // throws AnalyzerException when the pack cannot evaluate it
        }
    }

    @Test
    void readOnlyAccessReadsEveryObjectButIsNoAdministrator() throws Exception {
        Set<String> codes =
                codes(managed(ManagedPolicies.bundled().byName("ReadOnlyAccess").orElseThrow()));
        assertTrue(codes.contains("IAMGATE_DATA_EXFILTRATION"), codes.toString());
        assertFalse(codes.contains("IAMGATE_ADMIN_WILDCARD"), codes.toString());
    }

    @Test
    void anIdentityPolicyWithTheMostEntriesAStatementMayHold() throws Exception {
        List<String> actions = new ArrayList<>();
        for (int i = 0; i < Limits.MAX_ENTRIES_PER_STATEMENT - 1; i++) {
            actions.add("\"s3:GetObject" + i + "\"");
        }
        actions.add("\"iam:CreateAccessKey\"");
        String policy = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": ["
                + String.join(",", actions) + "], \"Resource\": \"*\"}]}";
        assertTrue(codes(RegoUnits.identity(policy)).contains("IAMGATE_PRIVESC_CREATE_ACCESS_KEY"));
    }

    @Test
    void aResourcePolicyWithTheMostStatementsAPolicyMayHold() throws Exception {
        List<String> statements = new ArrayList<>();
        for (int s = 0; s < Limits.MAX_STATEMENTS_PER_POLICY - 1; s++) {
            List<String> principals = new ArrayList<>();
            for (int p = 0; p < 10; p++) {
                principals.add("\"arn:aws:iam::1111222233" + String.format("%02d", p) + ":role/r" + s + "\"");
            }
            statements.add("{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": [" + String.join(",", principals)
                    + "]}, \"Action\": [\"s3:GetObject\", \"s3:PutObject\"], \"Resource\": \"arn:aws:s3:::b/" + s
                    + "/*\"}");
        }
        statements.add(
                "{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::b/*\"}");
        PolicyUnit unit = RegoUnits.unit(
                "bucket.json",
                "",
                PolicyType.RESOURCE_POLICY,
                "AWS::S3::Bucket",
                "{\"Version\": \"2012-10-17\", \"Statement\": [" + String.join(",", statements) + "]}");
        List<Finding> findings = PACK.analyze(unit);
        assertEquals(
                1,
                findings.stream()
                        .filter(f -> f.issueCode().equals("IAMGATE_PUBLIC_PRINCIPAL"))
                        .count(),
                findings.toString());
    }
}
