package io.iamgate.analyze.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iamgate.Iamgate;
import io.iamgate.Validator;
import io.iamgate.analyze.AnalyzerException;
import io.iamgate.analyze.aws.FakeAwsServer.Response;
import io.iamgate.config.RunConfig;
import io.iamgate.gate.ExitCode;
import io.iamgate.load.LocatedJsonParser;
import io.iamgate.model.ElementPath;
import io.iamgate.model.Finding;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.model.SourceMapping;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.RunReport;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The real AWS SDK clients against a local server speaking Access Analyzer's and IAM's protocols. */
@Timeout(60)
class AccessAnalyzerAnalyzerTest {

    static final String IDENTITY = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"},
                {
                  "Sid": "S3",
                  "Effect": "Allow",
                  "Action": ["s3:GetObject", "s3:DeleteBucket"],
                  "Resource": "arn:aws:s3:::b/*"
                }
              ]
            }""";
    static final RetryPolicy FAST_RETRY = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(5));
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    java.nio.file.Path dir;

    FakeAwsServer server;

    @BeforeEach
    void start() throws IOException {
        server = new FakeAwsServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    AwsSettings settings(AwsSettings.CustomChecks checks) {
        return new AwsSettings(
                true, Optional.of("us-east-1"), Optional.empty(), Optional.of(server.endpoint()), 1000.0, true, checks);
    }

    AccessAnalyzerAnalyzer analyzer(AwsSettings.CustomChecks checks, ResultCache cache) {
        return new AccessAnalyzerAnalyzer(
                settings(checks),
                dir,
                cache,
                FAST_RETRY,
                Optional.of(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIDEXAMPLETEST", "test-secret"))));
    }

    AccessAnalyzerAnalyzer analyzer() {
        return analyzer(AwsSettings.CustomChecks.NONE, ResultCache.disabled());
    }

    static PolicyUnit unit(String text, PolicyType type, String resourceType) {
        return new PolicyUnit(
                "p.json",
                "",
                type,
                resourceType,
                PolicyDocument.of(new LocatedJsonParser().parse(text)),
                SourceMapping.IDENTITY,
                List.of());
    }

    static String finding(String code, String type, int start, int end) {
        return "{\"findingDetails\":\"details of " + code + "\",\"findingType\":\"" + type + "\",\"issueCode\":\""
                + code + "\",\"learnMoreLink\":\"https://docs.aws.amazon.com/x#" + code + "\",\"locations\":[{"
                + "\"path\":[{\"value\":\"Statement\"},{\"index\":0},{\"value\":\"Resource\"}],\"span\":{\"start\":"
                + "{\"line\":1,\"column\":" + start + ",\"offset\":" + start + "},\"end\":{\"line\":1,\"column\":"
                + end + ",\"offset\":" + end + "}}}]}";
    }

    /** PASS_ROLE_WITH_STAR_IN_RESOURCE as AWS reports it: the Action entry, then the Resource value. */
    static String passRoleFinding() {
        int a = IDENTITY.indexOf("\"iam:PassRole\"");
        int r = IDENTITY.indexOf("\"*\"");
        return "{\"findingDetails\":\"Using the iam:PassRole action with wildcards (*) in the resource can be overly "
                + "permissive.\",\"findingType\":\"SECURITY_WARNING\",\"issueCode\":\"PASS_ROLE_WITH_STAR_IN_RESOURCE\","
                + "\"learnMoreLink\":\"https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-"
                + "checks.html#access-analyzer-reference-policy-checks-security-warning-pass-role-with-star-in-resource\","
                + "\"locations\":[" + location("Action", a, a + 14) + "," + location("Resource", r, r + 3) + "]}";
    }

    static String location(String element, int start, int end) {
        return "{\"path\":[{\"value\":\"Statement\"},{\"index\":0},{\"value\":\"" + element + "\"}],\"span\":{"
                + "\"start\":{\"line\":1,\"column\":" + start + ",\"offset\":" + start + "},\"end\":{\"line\":1,"
                + "\"column\":" + end + ",\"offset\":" + end + "}}}";
    }

    static JsonNode body(FakeAwsServer.Request r) throws IOException {
        return JSON.readTree(r.body());
    }

    @Test
    void validatePolicyFollowsEveryPageAndKeepsLocationsAsReturned() throws Exception {
        int start = IDENTITY.indexOf("\"*\"");
        server.onSequence(
                "ValidatePolicy",
                Response.json("{\"findings\":["
                        + finding("PASS_ROLE_WITH_STAR_IN_RESOURCE", "SECURITY_WARNING", start, start + 3)
                        + "],\"nextToken\":\"page-2\"}"),
                Response.json("{\"findings\":[" + finding("MISSING_VERSION", "WARNING", 0, 1) + "]}"));
        List<Finding> findings = analyzer().analyze(unit(IDENTITY, PolicyType.IDENTITY_POLICY, null));

        List<FakeAwsServer.Request> calls = server.requests("ValidatePolicy");
        assertEquals(2, calls.size());
        assertEquals("POST", calls.get(0).method());
        assertEquals(IDENTITY, body(calls.get(0)).get("policyDocument").asText(), "sent verbatim");
        assertEquals("IDENTITY_POLICY", body(calls.get(0)).get("policyType").asText());
        assertTrue(
                calls.get(1).query().contains("nextToken=page-2"), calls.get(1).query());
        assertTrue(calls.get(0).headers().get("Authorization").get(0).contains("AKIDEXAMPLETEST"), "SigV4 signed");
        assertEquals(
                List.of("PASS_ROLE_WITH_STAR_IN_RESOURCE", "MISSING_VERSION"),
                findings.stream().map(Finding::issueCode).toList());
        Finding first = findings.get(0);
        assertEquals(
                ElementPath.ROOT.value("Statement").index(0).value("Resource"),
                first.locations().get(0).path());
        assertEquals("\"*\"", first.locations().get(0).span().of(IDENTITY));
        assertEquals(java.util.Set.of("aws"), first.analyzers());
    }

    @Test
    void trustPoliciesGoAsResourcePoliciesWithTheirResourceType() throws Exception {
        server.on("ValidatePolicy", r -> Response.json("{\"findings\":[]}"));
        String trust = """
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Effect": "Allow",
                      "Principal": {"Service": "ec2.amazonaws.com"},
                      "Action": "sts:AssumeRole"
                    }
                  ]
                }""";
        analyzer().analyze(unit(trust, PolicyType.TRUST_POLICY, null));
        analyzer()
                .analyze(unit(
                        trust.replace("sts:AssumeRole", "kms:Decrypt"), PolicyType.RESOURCE_POLICY, "AWS::KMS::Key"));
        JsonNode t = body(server.requests().get(0));
        assertEquals("RESOURCE_POLICY", t.get("policyType").asText());
        assertEquals(
                "AWS::IAM::AssumeRolePolicyDocument",
                t.get("validatePolicyResourceType").asText());
        JsonNode k = body(server.requests().get(1));
        assertEquals("RESOURCE_POLICY", k.get("policyType").asText());
        assertTrue(!k.has("validatePolicyResourceType"), "KMS is not a type ValidatePolicy accepts: " + k);
    }

    @Test
    void throttlingIsRetriedHonouringRetryAfter() throws Exception {
        server.onSequence(
                "ValidatePolicy",
                Response.error(429, "ThrottlingException", "Rate exceeded").withHeader("Retry-After", "1"),
                Response.json("{\"findings\":[]}"));
        long t0 = System.nanoTime();
        List<Finding> findings = analyzer().analyze(unit(IDENTITY, PolicyType.IDENTITY_POLICY, null));
        long waited = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(List.of(), findings);
        assertEquals(2, server.requests().size());
        assertTrue(waited >= 900, "Retry-After: 1 honoured, waited " + waited + " ms");
    }

    @Test
    void serverErrorsAreRetriedABoundedNumberOfTimesThenFail() {
        server.on("ValidatePolicy", r -> Response.error(500, "InternalServerException", "boom"));
        AnalyzerException e = assertThrows(
                AnalyzerException.class, () -> analyzer().analyze(unit(IDENTITY, PolicyType.IDENTITY_POLICY, null)));
        assertEquals(3, server.requests().size());
        assertTrue(e.getMessage().contains("HTTP 500 after 3 attempts"), e.getMessage());
    }

    @Test
    void accessDeniedEndsTheRunWithExitCode2AndSaysWhatToDo() throws Exception {
        server.on(
                "ValidatePolicy",
                r -> Response.error(
                        403,
                        "AccessDeniedException",
                        "User is not authorized to perform: access-analyzer:ValidatePolicy"));
        Files.writeString(dir.resolve("p.json"), IDENTITY);
        RunConfig config = RunConfig.builder(dir)
                .paths(List.of(dir.resolve("p.json")))
                .aws(settings(AwsSettings.CustomChecks.NONE))
                .build();
        Validator validator = new Validator(
                List.of(new io.iamgate.extract.RawPolicyExtractor()),
                List.of(Iamgate.offlineAnalyzer(config), analyzer()),
                List.of(),
                Iamgate.toolInfo());
        RunReport report = validator.run(config);
        assertEquals(ExitCode.ERROR, report.exitCode());
        assertEquals(1, server.requests().size(), "403 is not retried");
        String message = report.errors().get(0).message();
        assertTrue(message.contains("AWS denied ValidatePolicy") && message.contains("run without --aws"), message);
        assertTrue(!message.contains("test-secret"), "never print credentials");
    }

    @Test
    void unreachableEndpointFailsWithAMessage() throws Exception {
        java.net.URI dead;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            dead = java.net.URI.create("http://127.0.0.1:" + s.getLocalPort());
        }
        AwsSettings s = settings(AwsSettings.CustomChecks.NONE).withEndpoint(Optional.of(dead));
        var a = new AccessAnalyzerAnalyzer(
                s,
                dir,
                ResultCache.disabled(),
                FAST_RETRY,
                Optional.of(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIDEXAMPLETEST", "test-secret"))));
        AnalyzerException e = assertThrows(
                AnalyzerException.class, () -> a.analyze(unit(IDENTITY, PolicyType.IDENTITY_POLICY, null)));
        assertTrue(
                e.getMessage().startsWith("cannot reach AWS at " + dead)
                        && e.getMessage().contains("3 attempts"),
                e.getMessage());
    }

    @Test
    void accessNotGrantedIsBatchedToTheApiLimitsAndFailuresPointAtTheStatement() throws Exception {
        server.on("ValidatePolicy", r -> Response.json("{\"findings\":[]}"));
        List<String> actions = IntStream.range(0, 250)
                .mapToObj(i -> "s3:Action" + i)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        server.on(
                "CheckAccessNotGranted",
                r -> n.incrementAndGet() == 2
                        ? Response.json(
                                "{\"result\":\"FAIL\",\"message\":\"The policy document grants access to perform one "
                                        + "or more of the listed actions.\",\"reasons\":[{\"description\":\"One or more of the listed "
                                        + "actions in the statement with sid: S3.\",\"statementIndex\":1,\"statementId\":\"S3\"}]}")
                        : Response.json(
                                "{\"result\":\"PASS\",\"message\":\"The policy document does not grant access to "
                                        + "perform the listed actions.\"}"));
        var checks = new AwsSettings.CustomChecks(actions, List.of(), false, Optional.empty(), Optional.empty());
        List<Finding> findings =
                analyzer(checks, ResultCache.disabled()).analyze(unit(IDENTITY, PolicyType.IDENTITY_POLICY, null));

        List<FakeAwsServer.Request> calls = server.requests("CheckAccessNotGranted");
        assertEquals(3, calls.size());
        List<Integer> sizes = new ArrayList<>();
        List<String> sent = new ArrayList<>();
        for (FakeAwsServer.Request r : calls) {
            JsonNode b = body(r);
            assertEquals(1, b.get("access").size(), "one access item per call");
            assertEquals("IDENTITY_POLICY", b.get("policyType").asText());
            assertEquals(IDENTITY, b.get("policyDocument").asText());
            b.get("access").get(0).get("actions").forEach(a -> sent.add(a.asText()));
            sizes.add(b.get("access").get(0).get("actions").size());
        }
        assertEquals(List.of(100, 100, 50), sizes);
        assertEquals(actions, sent, "every action sent once, in order");
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("ACCESS_GRANTED", f.issueCode());
        assertEquals(io.iamgate.model.FindingType.SECURITY_WARNING, f.findingType());
        assertTrue(f.findingDetails().contains("with sid: S3"), f.findingDetails());
        assertEquals(
                ElementPath.ROOT.value("Statement").index(1),
                f.locations().get(0).path());
        assertTrue(
                f.locations().get(0).span().of(IDENTITY).replaceAll("\\s", "").startsWith("{\"Sid\":\"S3\""));
    }

    @Test
    void longActionAndResourceListsAreSentAsEveryPairOfBatches() throws Exception {
        server.on("ValidatePolicy", r -> Response.json("{\"findings\":[]}"));
        server.on("CheckAccessNotGranted", r -> Response.json("{\"result\":\"PASS\"}"));
        List<String> actions =
                IntStream.range(0, 150).mapToObj(i -> "s3:Action" + i).toList();
        List<String> resources = IntStream.range(0, 101)
                .mapToObj(i -> "arn:aws:s3:::bucket-" + i + "/*")
                .toList();
        var checks = new AwsSettings.CustomChecks(actions, resources, false, Optional.empty(), Optional.empty());
        assertEquals(
                List.of(),
                analyzer(checks, ResultCache.disabled()).analyze(unit(IDENTITY, PolicyType.IDENTITY_POLICY, null)));
        List<String> shapes = new ArrayList<>();
        for (FakeAwsServer.Request r : server.requests("CheckAccessNotGranted")) {
            JsonNode access = body(r).get("access").get(0);
            shapes.add(
                    access.get("actions").size() + "x" + access.get("resources").size());
        }
        assertEquals(List.of("100x100", "100x1", "50x100", "50x1"), shapes);
    }

    @Test
    void noPublicAccessAndNoNewAccessSendWhatTheApiExpects() throws Exception {
        server.on("ValidatePolicy", r -> Response.json("{\"findings\":[]}"));
        server.on(
                "CheckNoPublicAccess",
                r -> Response.json("{\"result\":\"FAIL\",\"message\":\"The resource policy "
                        + "grants public access for the given resource type.\",\"reasons\":[{\"description\":\"Public access "
                        + "granted in the following statement with index: 0.\",\"statementIndex\":0}]}"));
        server.on(
                "CheckNoNewAccess",
                r -> Response.json("{\"result\":\"FAIL\",\"message\":\"The modified "
                        + "permissions grant new access compared to your existing policy.\",\"reasons\":[{\"description\":"
                        + "\"New access in the statement with index: 0.\",\"statementIndex\":0}]}"));
        String reference = """
                {
                  "Version": "2012-10-17",
                  "Statement": {
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": "s3:GetObject",
                    "Resource": "arn:aws:s3:::b/*"
                  }
                }""";
        Files.writeString(dir.resolve("reference.json"), reference);
        String bucket = """
                {
                  "Version": "2012-10-17",
                  "Statement": {
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": "s3:*",
                    "Resource": "arn:aws:s3:::b/*"
                  }
                }""";
        var checks = new AwsSettings.CustomChecks(
                List.of(), List.of(), true, Optional.of(java.nio.file.Path.of("reference.json")), Optional.empty());
        List<Finding> findings = analyzer(checks, ResultCache.disabled())
                .analyze(unit(bucket, PolicyType.RESOURCE_POLICY, "AWS::S3::Bucket"));

        JsonNode pub = body(server.requests("CheckNoPublicAccess").get(0));
        assertEquals("AWS::S3::Bucket", pub.get("resourceType").asText());
        assertEquals(bucket, pub.get("policyDocument").asText());
        JsonNode fresh = body(server.requests("CheckNoNewAccess").get(0));
        assertEquals(bucket, fresh.get("newPolicyDocument").asText());
        assertEquals(reference, fresh.get("existingPolicyDocument").asText());
        assertEquals("RESOURCE_POLICY", fresh.get("policyType").asText());
        assertEquals(
                List.of("PUBLIC_ACCESS", "NEW_ACCESS"),
                findings.stream().map(Finding::issueCode).toList());
        // a lone Statement object: statementIndex 0 is the object at [Statement]
        assertEquals(
                ElementPath.ROOT.value("Statement"),
                findings.get(0).locations().get(0).path());
    }

    @Test
    void theCacheMakesAnUnchangedPolicyCostNoCallAndSurvivesCorruptEntries() throws Exception {
        server.on(
                "ValidatePolicy",
                r -> Response.json("{\"findings\":[" + finding("MISSING_VERSION", "WARNING", 0, 1) + "]}"));
        ResultCache cache = ResultCache.in(dir.resolve("cache"));
        PolicyUnit unit = unit(IDENTITY, PolicyType.IDENTITY_POLICY, null);
        List<Finding> first = analyzer(AwsSettings.CustomChecks.NONE, cache).analyze(unit);
        assertEquals(1, server.requests().size());
        AccessAnalyzerAnalyzer second = analyzer(AwsSettings.CustomChecks.NONE, cache);
        assertEquals(first, second.analyze(unit));
        assertEquals(1, server.requests().size(), "second run: no call");
        assertEquals(0, second.callCount());

        List<java.nio.file.Path> entries;
        try (var files = Files.walk(dir.resolve("cache"))) {
            entries = files.filter(p -> p.toString().endsWith(".json")).toList();
        }
        assertEquals(1, entries.size());
        Files.writeString(entries.get(0), "{not json");
        assertEquals(first, analyzer(AwsSettings.CustomChecks.NONE, cache).analyze(unit));
        assertEquals(2, server.requests().size(), "corrupt entry ignored: asked again");
        assertTrue(Files.readString(entries.get(0)).contains("MISSING_VERSION"), "and rewritten");

        analyzer(AwsSettings.CustomChecks.NONE, cache)
                .analyze(unit(IDENTITY.replace("b/*", "c/*"), PolicyType.IDENTITY_POLICY, null));
        assertEquals(3, server.requests().size(), "a changed policy is a new key");
    }

    @Test
    void aPolicyTooLargeForValidatePolicyIsReportedNotSilentlyPassed() throws Exception {
        StringBuilder sb = new StringBuilder("{\"Version\":\"2012-10-17\",\"Statement\":[");
        for (int i = 0; sb.length() < 33_000; i++) {
            sb.append(i == 0 ? "" : ",")
                    .append("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":"
                            + "\"arn:aws:s3:::bucket-")
                    .append(i)
                    .append("/*\"}");
        }
        sb.append("]}");
        List<Finding> findings = analyzer().analyze(unit(sb.toString(), PolicyType.IDENTITY_POLICY, null));
        assertEquals(0, server.requests().size());
        assertEquals(
                List.of(AccessAnalyzerAnalyzer.SIZE_CODE),
                findings.stream().map(Finding::issueCode).toList());
        assertTrue(findings.get(0).findingDetails().contains("NOT checked by AWS"));
    }

    @Test
    void auditReadsEveryPageOfTheAccountAndValidatesEachPolicy() throws Exception {
        String trust = java.net.URLEncoder.encode(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}",
                java.nio.charset.StandardCharsets.UTF_8);
        String inline = java.net.URLEncoder.encode(IDENTITY, java.nio.charset.StandardCharsets.UTF_8);
        String ns = "https://iam.amazonaws.com/doc/2010-05-08/";
        String page1 = "<GetAccountAuthorizationDetailsResponse xmlns=\"" + ns
                + "\"><GetAccountAuthorizationDetailsResult>"
                + "<IsTruncated>true</IsTruncated><Marker>marker-2</Marker>"
                + "<UserDetailList><member><UserName>alice</UserName><UserId>AIDA1</UserId>"
                + "<Arn>arn:aws:iam::123456789012:user/alice</Arn><ElementPath>/</ElementPath><UserPolicyList><member>"
                + "<PolicyName>alice-inline</PolicyName><PolicyDocument>" + inline + "</PolicyDocument></member>"
                + "</UserPolicyList></member></UserDetailList><GroupDetailList/>"
                + "<RoleDetailList><member><RoleName>fn</RoleName><RoleId>AROA1</RoleId><ElementPath>/</ElementPath>"
                + "<Arn>arn:aws:iam::123456789012:role/fn</Arn><AssumeRolePolicyDocument>" + trust
                + "</AssumeRolePolicyDocument><RolePolicyList/></member></RoleDetailList><Policies/>"
                + "</GetAccountAuthorizationDetailsResult><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata>"
                + "</GetAccountAuthorizationDetailsResponse>";
        String page2 =
                "<GetAccountAuthorizationDetailsResponse xmlns=\"" + ns + "\"><GetAccountAuthorizationDetailsResult>"
                        + "<IsTruncated>false</IsTruncated><UserDetailList/><GroupDetailList/><RoleDetailList/><Policies>"
                        + "<member><PolicyName>deploy</PolicyName><PolicyId>ANPA1</PolicyId>"
                        + "<Arn>arn:aws:iam::123456789012:policy/deploy</Arn><DefaultVersionId>v2</DefaultVersionId>"
                        + "<PolicyVersionList><member><Document>"
                        + java.net.URLEncoder.encode(
                                "{\"Version\":\"2012-10-17\","
                                        + "\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:ListAllMyBuckets\",\"Resource\":\"*\"}]}",
                                java.nio.charset.StandardCharsets.UTF_8)
                        + "</Document><VersionId>v1</VersionId><IsDefaultVersion>false</IsDefaultVersion></member>"
                        + "<member><Document>" + inline + "</Document><VersionId>v2</VersionId>"
                        + "<IsDefaultVersion>true</IsDefaultVersion></member></PolicyVersionList></member></Policies>"
                        + "</GetAccountAuthorizationDetailsResult><ResponseMetadata><RequestId>r2</RequestId></ResponseMetadata>"
                        + "</GetAccountAuthorizationDetailsResponse>";
        server.onSequence("GetAccountAuthorizationDetails", Response.xml(page1), Response.xml(page2));
        server.on("ValidatePolicy", r -> {
            try {
                return body(r).get("policyDocument").asText().equals(IDENTITY)
                        ? Response.json("{\"findings\":[" + passRoleFinding() + "]}")
                        : Response.json("{\"findings\":[]}");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        RunConfig config = RunConfig.builder(dir)
                .aws(settings(AwsSettings.CustomChecks.NONE))
                .build();
        RunReport report = Iamgate.audit(config, analyzer());

        List<FakeAwsServer.Request> iam = server.requests("GetAccountAuthorizationDetails");
        assertEquals(2, iam.size());
        assertTrue(iam.get(1).body().contains("Marker=marker-2"), iam.get(1).body());
        assertTrue(
                iam.get(0).body().contains("Filter.member.1=User"), iam.get(0).body());
        assertEquals(
                List.of(
                        "arn:aws:iam::123456789012:user/alice/inline/alice-inline",
                        "arn:aws:iam::123456789012:role/fn#trust",
                        "arn:aws:iam::123456789012:policy/deploy"),
                report.policies().stream().map(p -> p.unit().origin()).toList());
        for (PolicyResult p : report.policies()) {
            assertEquals("aws:123456789012", p.unit().file());
        }
        assertEquals(PolicyType.TRUST_POLICY, report.policies().get(1).unit().policyType());
        assertEquals(IDENTITY, report.policies().get(2).unit().document().text(), "default version, URL-decoded");
        assertEquals(3, server.requests("ValidatePolicy").size());
        var passRole = report.policies().get(0).findings().stream()
                .filter(f -> f.finding().issueCode().equals("PASS_ROLE_WITH_STAR_IN_RESOURCE"))
                .toList();
        assertEquals(1, passRole.size());
        assertEquals(
                java.util.Set.of("aws", "local"),
                passRole.get(0).finding().analyzers(),
                "the same issue at the same path from both analyzers merges");
        assertEquals(ExitCode.BLOCKED, report.exitCode());
    }
}
