package io.iamgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The --aws flags end to end: the real SDK client against a local server that denies access in the real
 * protocols' shapes (rest-json for Access Analyzer, awsQuery XML for IAM). Credentials come from the SDK's
 * system-property provider (the first in its default chain), never from the machine's environment.
 */
@Timeout(60)
class AwsCommandsTest {

    @TempDir
    Path dir;

    HttpServer server;
    final AtomicInteger calls = new AtomicInteger();
    /** When set, IAM answers GetAccountAuthorizationDetails with it and Access Analyzer finds nothing. */
    volatile String iamAnswer;

    @BeforeEach
    void start() throws Exception {
        System.setProperty("aws.accessKeyId", "AKIDCLITEST");
        System.setProperty("aws.secretAccessKey", "cli-test-secret");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            calls.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            boolean iam = exchange.getRequestURI().getPath().equals("/");
            String answer = iamAnswer;
            if (answer != null) {
                // The account's answer, and no Access Analyzer finding on any of its policies.
                byte[] ok = (iam ? answer : "{\"findings\":[]}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", iam ? "text/xml" : "application/json");
                exchange.sendResponseHeaders(200, ok.length);
                exchange.getResponseBody().write(ok);
                exchange.close();
                return;
            }
            byte[] body = (iam
                            ? "<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error><Type>Sender</Type>"
                                    + "<Code>AccessDenied</Code><Message>not authorized to perform "
                                    + "iam:GetAccountAuthorizationDetails</Message></Error><RequestId>r</RequestId></ErrorResponse>"
                            : "{\"message\":\"not authorized to perform access-analyzer:ValidatePolicy\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", iam ? "text/xml" : "application/json");
            if (!iam) {
                exchange.getResponseHeaders().add("x-amzn-ErrorType", "AccessDeniedException");
            }
            exchange.sendResponseHeaders(403, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void validateWithAwsDeniedExitsTwoAndSaysWhatToDo() throws Exception {
        Path policy = dir.resolve("p.json");
        Files.writeString(
                policy,
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
                        + "\"s3:GetObject\",\"Resource\":\"*\"}]}");
        CliRunner r = CliRunner.run(
                "validate",
                "--aws",
                "--region",
                "us-east-1",
                "--aws-endpoint",
                endpoint(),
                "--no-cache",
                policy.toString());
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("AWS denied ValidatePolicy") && r.out().contains("run without --aws"), r.out());
        assertTrue(!(r.out() + r.err()).contains("cli-test-secret"));
        assertEquals(1, calls.get());
    }

    private Path readOnlyPolicy() throws Exception {
        return Files.writeString(
                dir.resolve("p.json"),
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
                        + "\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}");
    }

    @Test
    void configEndpointIsRefusedUnlessInvokerAllowsIt() throws Exception {
        Path policy = readOnlyPolicy();
        Path config = Files.writeString(
                dir.resolve(".iamgate.yml"),
                "analyzers: [local, aws]\naws:\n  region: " + "us-east-1\n  endpoint: " + endpoint()
                        + "\n  cache: false\n");

        CliRunner refused = CliRunner.run("validate", "--config", config.toString(), policy.toString());
        assertEquals(2, refused.exitCode(), refused.out() + refused.err());
        assertTrue(
                refused.err()
                        .contains(
                                ".iamgate.yml:4: aws.endpoint: a network destination is chosen by whoever "
                                        + "runs iamgate, not by the repository's configuration: pass --aws-endpoint URL instead, or "
                                        + "--allow-config-endpoints (IAMGATE_ALLOW_CONFIG_ENDPOINTS=true) to accept the file's"),
                refused.err());
        assertEquals(0, calls.get(), "the repository's endpoint was called");

        CliRunner allowed =
                CliRunner.run("validate", "--allow-config-endpoints", "--config", config.toString(), policy.toString());
        assertTrue(allowed.out().contains("AWS denied ValidatePolicy"), allowed.out() + allowed.err());
        assertEquals(1, calls.get());
    }

    @Test
    void endpointGivenByTheInvokersFlagIsUsed() throws Exception {
        Path policy = readOnlyPolicy();
        Path config = Files.writeString(dir.resolve(".iamgate.yml"), "analyzers: [local, aws]\n");
        CliRunner r = CliRunner.run(
                "validate",
                "--config",
                config.toString(),
                "--region",
                "us-east-1",
                "--aws-endpoint",
                endpoint(),
                "--no-cache",
                policy.toString());
        assertTrue(r.out().contains("AWS denied ValidatePolicy"), r.out() + r.err());
        assertEquals(1, calls.get());
    }

    @Test
    void auditDeniedExitsTwo() {
        CliRunner r =
                CliRunner.run("audit", "--aws", "--region", "us-east-1", "--aws-endpoint", endpoint(), "--no-cache");
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains("AWS denied GetAccountAuthorizationDetails"), r.err());
    }

    @Test
    void auditListsTheAccountsPrincipalsWithTheAdministratorAmongThem() throws Exception {
        String trust = URLEncoder.encode("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}""", StandardCharsets.UTF_8);
        String role = """
                <member><RoleName>%1$s</RoleName><RoleId>AROA%1$s</RoleId><Path>/</Path>
                <Arn>arn:aws:iam::123456789012:role/%1$s</Arn><AssumeRolePolicyDocument>%2$s</AssumeRolePolicyDocument>
                <RolePolicyList/><AttachedManagedPolicies><member><PolicyName>%3$s</PolicyName>
                <PolicyArn>arn:aws:iam::aws:policy/%3$s</PolicyArn></member></AttachedManagedPolicies></member>""";
        iamAnswer = "<GetAccountAuthorizationDetailsResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"
                + "<GetAccountAuthorizationDetailsResult><IsTruncated>false</IsTruncated><UserDetailList/>"
                + "<GroupDetailList/><RoleDetailList>" + role.formatted("deploy", trust, "AdministratorAccess")
                + role.formatted("reader", trust, "ReadOnlyAccess") + "</RoleDetailList><Policies/>"
                + "</GetAccountAuthorizationDetailsResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata>"
                + "</GetAccountAuthorizationDetailsResponse>";
        CliRunner r = CliRunner.run(
                "audit",
                "--aws",
                "--region",
                "us-east-1",
                "--aws-endpoint",
                endpoint(),
                "--no-cache",
                "--format",
                "json");
        JsonNode report = new ObjectMapper().readTree(r.out());
        java.util.Map<String, Boolean> admin = new java.util.TreeMap<>();
        report.get("principals")
                .forEach(p -> admin.put(
                        p.get("name").asText(), p.get("adminEquivalent").asBoolean()));
        assertEquals(
                java.util.Map.of(
                        "arn:aws:iam::123456789012:role/deploy", true, "arn:aws:iam::123456789012:role/reader", false),
                admin,
                r.out() + r.err());
        assertTrue(r.out().contains("IAMGATE_PRINCIPAL_ADMINISTRATOR"), r.out());
    }

    @Test
    void auditNeedsAws() {
        CliRunner r = CliRunner.run("audit");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("pass --aws"), r.err());
    }
}
