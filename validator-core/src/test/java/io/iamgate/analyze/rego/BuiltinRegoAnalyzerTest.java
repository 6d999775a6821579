package io.iamgate.analyze.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.model.ElementPath;
import io.iamgate.model.Finding;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The built-in pack through the real wasm runtime: findings, their spans, and concurrent use. */
class BuiltinRegoAnalyzerTest {

    private static final BuiltinRegoAnalyzer ANALYZER = BuiltinRules.start(4).analyzer();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(4);

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    private static Set<String> codes(PolicyUnit unit) throws Exception {
        return ANALYZER.analyze(unit).stream().map(Finding::issueCode).collect(Collectors.toSet());
    }

    private static String spanned(PolicyUnit unit, Location location) {
        return location.span().of(unit.document().text());
    }

    @Test
    void adminWildcardPointsAtTheAction() throws Exception {
        String text = """
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"},
                    {"Effect": "Allow", "Action": "*", "Resource": "*"}
                  ]
                }""";
        PolicyUnit unit = RegoUnits.identity(text);
        List<Finding> findings = ANALYZER.analyze(unit);
        Finding admin = findings.stream()
                .filter(f -> f.issueCode().equals("IAMGATE_ADMIN_WILDCARD"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no IAMGATE_ADMIN_WILDCARD in " + findings));
        assertEquals(FindingType.SECURITY_WARNING, admin.findingType());
        assertEquals(Set.of("rego"), admin.analyzers());
        Location location = admin.locations().get(0);
        assertEquals(ElementPath.ROOT.value("Statement").index(1).value("Action"), location.path());
        assertEquals("\"*\"", spanned(unit, location));
        assertEquals(5, location.span().start().line());
        assertEquals(text.indexOf("\"*\""), location.span().start().offset());
    }

    @Test
    void askedActionsBesideTheBundleAreTheBundlesOwnAnswer() throws Exception {
        WasmEvaluator evaluator = new WasmEvaluator(1);
        List<String> fromWasm = new ArrayList<>();
        evaluator
                .evaluate(BuiltinRegoPack.ASKED_ACTIONS, com.fasterxml.jackson.databind.node.NullNode.getInstance())
                .properties()
                .forEach(rule -> rule.getValue().forEach(a -> fromWasm.add(rule.getKey() + " " + a.asText())));
        assertTrue(fromWasm.contains("IAMGATE_DATA_EXFILTRATION s3:GetObject"), fromWasm.toString());
        // Rules in any order (an object's), each rule's actions in its list order.
        java.util.Comparator<String> byRule = java.util.Comparator.comparing(l -> l.substring(0, l.indexOf(' ')));
        assertEquals(
                fromWasm.stream().sorted(byRule).toList(),
                BuiltinRules.askedActions().stream().sorted(byRule).toList(),
                "builtin-policy.asked-actions.txt is stale: run " + "scripts/build-rego-bundle");
    }

    @Test
    void scopedReadOnlyPolicyIsClean() throws Exception {
        assertEquals(List.of(), ANALYZER.analyze(RegoUnits.identity("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"],
                   "Resource": ["arn:aws:s3:::b", "arn:aws:s3:::b/*"]}]}""")));
    }

    @Test
    void privilegeEscalationAndItsNearMiss() throws Exception {
        assertTrue(codes(RegoUnits.identity("""
                {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "iam:CreatePolicyVersion",
                 "Resource": "*"}}""")).contains("IAMGATE_PRIVESC_CREATE_POLICY_VERSION"));
        assertTrue(codes(RegoUnits.identity("""
                {"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "iam:CreatePolicyVersion",
                 "Resource": "*"}}""")).isEmpty());
    }

    @Test
    void threatDetectionDisabling() throws Exception {
        PolicyUnit unit = RegoUnits.identity("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Action": ["s3:GetObject", "cloudtrail:StopLogging"], "Resource": "*"}]}""");
        Finding f = ANALYZER.analyze(unit).stream()
                .filter(x -> x.issueCode().equals("IAMGATE_DETECTION_DISABLE"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                spanned(unit, f.locations().get(0)).contains("cloudtrail:StopLogging"),
                () -> "span " + spanned(unit, f.locations().get(0)));
        assertTrue(codes(RegoUnits.identity("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Action": ["cloudtrail:DescribeTrails", "cloudtrail:LookupEvents"], "Resource": "*"}]}""")).isEmpty());
    }

    @Test
    void trustPolicyOpenToAnyone() throws Exception {
        String open = """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"},
                  "Action": "sts:AssumeRole"}]}""";
        assertTrue(codes(RegoUnits.unit("trust.json", "", PolicyType.TRUST_POLICY, null, open))
                .contains("IAMGATE_TRUST_ANY_PRINCIPAL"));
        String named = """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "sts:AssumeRole"}]}""";
        assertTrue(codes(RegoUnits.unit("trust.json", "", PolicyType.TRUST_POLICY, null, named))
                .isEmpty());
    }

    @Test
    void publicBucketPolicy() throws Exception {
        String open = """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*",
                  "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}""";
        assertTrue(codes(RegoUnits.unit("bucket.json", "", PolicyType.RESOURCE_POLICY, "AWS::S3::Bucket", open))
                .contains("IAMGATE_PUBLIC_PRINCIPAL"));
        String orgOnly = """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*",
                  "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*",
                  "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abcdefghij"}}}]}""";
        assertTrue(!codes(RegoUnits.unit("bucket.json", "", PolicyType.RESOURCE_POLICY, "AWS::S3::Bucket", orgOnly))
                .contains("IAMGATE_PUBLIC_PRINCIPAL"));
    }

    /** The wasm build judges conditions like the Java CallerLimits (net.cidr_contains on bad input included). */
    @Test
    void conditionsThatAdmitEveryoneDoNotLimitABucketPolicy() throws Exception {
        for (String condition : new String[] {
            "{\"IpAddress\": {\"aws:SourceIp\": [\"0.0.0.0/1\", \"128.0.0.0/1\"]}}",
            "{\"IpAddress\": {\"aws:SourceIp\": [\"::/1\", \"8000::/1\"]}}",
            "{\"IpAddress\": {\"aws:SourceIp\": \"0.0.0.0/00\"}}",
            "{\"IpAddress\": {\"aws:SourceIp\": \"not-an-address\"}}",
            "{\"StringLike\": {\"aws:PrincipalOrgID\": \"o-*\"}}",
            "{\"ArnLike\": {\"aws:PrincipalArn\": \"arn:aws:iam::*:*\"}}"
        }) {
            assertTrue(codes(bucket(condition)).contains("IAMGATE_PUBLIC_PRINCIPAL"), condition);
        }
        for (String condition : new String[] {
            "{\"IpAddress\": {\"aws:SourceIp\": \"203.0.0.0/16\"}}",
            "{\"IpAddress\": {\"aws:SourceIp\": [\"2001:db8::/32\", \"203.0.113.7\"]}}",
            "{\"StringEquals\": {\"aws:PrincipalOrgID\": \"o-abc123\"}}"
        }) {
            assertTrue(!codes(bucket(condition)).contains("IAMGATE_PUBLIC_PRINCIPAL"), condition);
        }
    }

    private static PolicyUnit bucket(String condition) {
        return RegoUnits.unit(
                "bucket.json", "", PolicyType.RESOURCE_POLICY, "AWS::S3::Bucket", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*",
                  "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*", "Condition": %s}]}""".formatted(condition));
    }

    @Test
    void textThatIsNotJsonIsLeftToTheSyntaxCheck() throws Exception {
        assertEquals(List.of(), ANALYZER.analyze(RegoUnits.identity("{\"Statement\": [")));
    }

    @Test
    void concurrentCallersGetTheSameAnswers() throws Exception {
        List<PolicyUnit> units = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            units.add(
                    RegoUnits.identity(
                            i % 2 == 0
                                    ? "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}}"
                                    : "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::b/k\"}}"));
        }
        List<Future<Set<String>>> answers = new ArrayList<>();
        for (PolicyUnit u : units) {
            answers.add(POOL.submit(() -> codes(u)));
        }
        for (int i = 0; i < units.size(); i++) {
            Set<String> got = answers.get(i).get();
            assertEquals(i % 2 == 0, got.contains("IAMGATE_ADMIN_WILDCARD"), "unit " + i + ": " + got);
            if (i % 2 == 1) {
                assertEquals(Set.of(), got);
            }
        }
    }

    @Test
    void ruleCatalogueDescribesEveryRule() throws Exception {
        var rules = ANALYZER.rules();
        assertTrue(rules.has("IAMGATE_ADMIN_WILDCARD"));
        rules.fields().forEachRemaining(e -> {
            assertEquals(e.getKey(), e.getValue().path("issueCode").asText());
            FindingType.valueOf(e.getValue().path("findingType").asText());
            assertTrue(!e.getValue().path("title").asText().isBlank(), e.getKey());
        });
    }
}
