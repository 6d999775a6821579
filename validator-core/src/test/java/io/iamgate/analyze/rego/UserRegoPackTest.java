package io.iamgate.analyze.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.Iamgate;
import io.iamgate.Validator;
import io.iamgate.analyze.AnalyzerException;
import io.iamgate.analyze.RepositoryAnalyzer;
import io.iamgate.config.RunConfig;
import io.iamgate.extract.RawPolicyExtractor;
import io.iamgate.model.ElementPath;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.report.RunReport;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User rule packs through the real opa binary and a real OPA server on loopback. */
class UserRegoPackTest {

    private static final java.nio.file.Path ROOT =
            java.nio.file.Path.of("..").toAbsolutePath().normalize();

    private static java.nio.file.Path resource(String name) {
        try {
            return java.nio.file.Path.of(
                    UserRegoPackTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OpaExecutable opa() {
        return OpaExecutable.locate(Optional.empty(), System.getenv())
                .orElseThrow(() -> new AssertionError(
                        "these tests need the opa binary on PATH: run scripts/install-opa (or scripts/setup) and put "
                                + ".tools/bin on PATH, as scripts/test does"));
    }

    private static RunReport run(RegoSettings settings, Optional<OpaExecutable> opa) throws IOException {
        java.nio.file.Path repo = resource("repo");
        RunConfig config =
                RunConfig.builder(repo).paths(List.of(repo)).rego(settings).build();
        List<RepositoryAnalyzer> rego = RegoAnalyzers.repositoryAnalyzers(settings, Optional.empty(), repo, opa);
        return new Validator(List.of(new RawPolicyExtractor()), List.of(), rego, Iamgate.toolInfo()).run(config);
    }

    /** file | code | type | path | spanned text, sorted, for whole-run comparisons. */
    private static TreeSet<String> findings(RunReport report) {
        TreeSet<String> out = new TreeSet<>();
        for (var p : report.policies()) {
            for (var rf : p.findings()) {
                var f = rf.finding();
                var loc = f.locations().get(0);
                out.add(p.unit().file() + " | " + f.issueCode() + " | " + f.findingType() + " | " + loc.path() + " | "
                        + loc.span()
                                .of(p.unit().document().text())
                                .lines()
                                .findFirst()
                                .orElse("") + " | "
                        + f.findingDetails());
            }
        }
        return out;
    }

    private static final TreeSet<String> CONFTEST_PACK_FINDINGS = new TreeSet<>(List.of(
            "app.json | REGO_MAIN_DENY | ERROR |  | { | statement Everything allows every action",
            "app.json | REGO_MAIN_DENY_BUCKET_DELETION | ERROR | Statement[1].Action | \"s3:DeleteBucket\" | "
                    + "deleting buckets is reserved to the platform team",
            "legacy/old.json | REGO_MAIN_VIOLATION | ERROR | Statement[0] | {\"Effect\": \"Allow\", \"Action\": "
                    + "\"s3:DeleteBucket\", \"Resource\": \"arn:aws:s3:::old-*\"} | statements need a Sid",
            "legacy/old.json | REGO_MAIN_WARN | WARNING |  | { | policy has no Version"));

    @Test
    void conftestStylePackRunsUnchangedWithTheOpaBinary() throws IOException {
        RegoSettings settings = new RegoSettings(false, List.of(resource("conftest-pack")), Optional.empty());
        RunReport report = run(settings, Optional.of(opa()));
        assertEquals(List.of(), report.errors());
        // The exception exempts deny_bucket_deletion for legacy/ only; warn does not block, deny does.
        assertEquals(CONFTEST_PACK_FINDINGS, findings(report));
        assertEquals(1, report.exitCode());
    }

    @Test
    void packsAnswerTheSameThroughAnOpaServer() throws Exception {
        withServer(resource("conftest-pack"), url -> {
            RegoSettings settings = new RegoSettings(false, List.of(), Optional.of(url));
            RunReport report = run(settings, Optional.empty());
            assertEquals(List.of(), report.errors());
            assertEquals(CONFTEST_PACK_FINDINGS, findings(report));
        });
    }

    interface ServerTest {
        void run(URI url) throws Exception;
    }

    /** Runs {@code test} against a real {@code opa run --server} holding {@code pack}, on a free loopback port. */
    static void withServer(java.nio.file.Path pack, ServerTest test) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Process server = new ProcessBuilder(
                        opa().binary().toString(), "run", "--server", "--addr", "127.0.0.1:" + port, pack.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            URI url = URI.create("http://127.0.0.1:" + port);
            awaitHealthy(url, server);
            test.run(url);
        } finally {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static void awaitHealthy(URI url, Process server) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AssertionError("opa run --server exited with " + server.exitValue());
            }
            try {
                HttpURLConnection c =
                        (HttpURLConnection) url.resolve("/health").toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(1000);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError("opa server on " + url + " did not become healthy within 30 s");
    }

    /** A unit from a template: its document is the input, its metadata is beside it in data. */
    private static final PolicyUnit TEMPLATE_UNIT = RegoUnits.unit(
            "infra/app.template.json",
            "Resources.Bucket.Properties.PolicyDocument",
            PolicyType.RESOURCE_POLICY,
            "AWS::S3::Bucket",
            """
            {"Version": "2012-10-17", "Statement": [{"Sid": "Public", "Effect": "Allow", "Principal": "*",
              "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}""");

    private static final PolicyUnit EXEMPT_UNIT = RegoUnits.identity("""
            {"Version": "2012-10-17", "Statement": [{"Sid": "Exempt", "Effect": "Allow", "Action": "s3:*",
              "Resource": "*"}]}""");

    private static TreeSet<String> details(List<RepositoryAnalyzer.UnitFinding> found) {
        TreeSet<String> out = new TreeSet<>();
        found.forEach(uf -> out.add(uf.unit().file() + ": " + uf.finding().findingType() + " "
                + uf.finding().findingDetails()));
        return out;
    }

    private static TreeSet<String> expectedMetadata() {
        return new TreeSet<>(List.of(
                "infra/app.template.json: WARNING input.Statement[0].Sid=Public",
                "infra/app.template.json: WARNING input.document defined=false",
                "infra/app.template.json: WARNING unit=RESOURCE_POLICY|AWS::S3::Bucket"
                        + "|Resources.Bucket.Properties.PolicyDocument|infra/app.template.json",
                "infra/app.template.json: WARNING conftest.file=app.template.json|" + ROOT.resolve("infra"),
                "iam/app.json: WARNING input.Statement[0].Sid=Exempt",
                "iam/app.json: WARNING input.document defined=false",
                "iam/app.json: WARNING unit=IDENTITY_POLICY|null||iam/app.json",
                "iam/app.json: WARNING conftest.file=app.json|" + ROOT.resolve("iam"),
                "iam/app.json: ERROR kept deny"));
    }

    @Test
    void inputIsTheDocumentAndTheUnitsMetadataIsInDataWithTheOpaBinary() throws AnalyzerException {
        var analyzer = new UserRegoPackAnalyzer(new OpaCliEngine(opa(), List.of(resource("meta-pack"))), ROOT);
        assertEquals(expectedMetadata(), details(analyzer.analyzeRepository(List.of(TEMPLATE_UNIT, EXEMPT_UNIT))));
    }

    @Test
    void inputIsTheDocumentAndTheUnitsMetadataIsInDataThroughAnOpaServer() throws Exception {
        withServer(resource("meta-pack"), url -> {
            var analyzer = new UserRegoPackAnalyzer(new OpaServerEngine(url), ROOT);
            assertEquals(expectedMetadata(), details(analyzer.analyzeRepository(List.of(TEMPLATE_UNIT, EXEMPT_UNIT))));
        });
    }

    @Test
    void exceptionNamesAreConftests() {
        assertEquals("", ConftestRules.exceptionName("deny"));
        assertEquals("", ConftestRules.exceptionName("warn"));
        assertEquals("", ConftestRules.exceptionName("violation"));
        assertEquals("s3", ConftestRules.exceptionName("deny_s3"));
        assertEquals("s3", ConftestRules.exceptionName("warn_s3"));
        assertEquals("s3", ConftestRules.exceptionName("violation_s3"));
    }

    @Test
    void unreachableServerFailsTheRunSayingWhatToDo() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        RunReport report = run(
                new RegoSettings(false, List.of(), Optional.of(URI.create("http://127.0.0.1:" + port))),
                Optional.empty());
        assertEquals(2, report.exitCode());
        assertTrue(
                report.errors().get(0).message().contains("could not be reached"),
                report.errors().toString());
        assertTrue(
                report.errors().get(0).message().contains("--opa-url"),
                report.errors().toString());
    }

    @Test
    void noOpaFailsTheRunWithTheInstallHint() throws IOException {
        // What the factory resolves on a machine whose PATH holds no opa.
        java.nio.file.Path empty = java.nio.file.Files.createTempDirectory("no-opa");
        Optional<OpaExecutable> none =
                OpaExecutable.locate(Optional.empty(), java.util.Map.of("PATH", empty.toString()));
        assertEquals(Optional.empty(), none);
        RunReport report = run(new RegoSettings(false, List.of(resource("conftest-pack")), Optional.empty()), none);
        assertEquals(2, report.exitCode());
        String message = report.errors().get(0).message();
        assertTrue(message.contains("conftest-pack"), message);
        assertTrue(message.contains("go install github.com/open-policy-agent/opa@v1.22.2"), message);
    }

    /** The twin of conftestStylePackRunsUnchangedWithTheOpaBinary: a pack from the repository, denied its reach. */
    @Test
    void userPackCannotReadTheEnvironmentOrReachTheNetwork(@TempDir java.nio.file.Path packs) throws IOException {
        java.nio.file.Path env = java.nio.file.Files.createDirectories(packs.resolve("env"));
        java.nio.file.Files.writeString(env.resolve("leak.rego"), """
                package leak
                deny contains msg if { msg := opa.runtime().env.HOME }
                """);
        java.nio.file.Path net = java.nio.file.Files.createDirectories(packs.resolve("net"));
        java.nio.file.Files.writeString(net.resolve("send.rego"), """
                package send
                deny contains "sent" if { http.send({"method": "GET", "url": "http://127.0.0.1:9/x"}) }
                """);
        for (String pack : List.of("env", "net")) {
            RunReport report =
                    run(new RegoSettings(false, List.of(packs.resolve(pack)), Optional.empty()), Optional.of(opa()));
            assertEquals(2, report.exitCode(), pack);
            String message = report.errors().get(0).message();
            assertTrue(
                    message.contains("undefined function " + (pack.equals("env") ? "opa.runtime" : "http.send")),
                    message);
        }
    }

    @Test
    void packThatDoesNotCompileNamesThePackAndTheError() throws IOException {
        RunReport report =
                run(new RegoSettings(false, List.of(resource("broken-pack")), Optional.empty()), Optional.of(opa()));
        assertEquals(2, report.exitCode());
        String message = report.errors().get(0).message();
        assertTrue(message.contains("broken-pack"), message);
        assertTrue(message.contains("undefined_function"), message);
    }

    @Test
    void missingPackDirectoryIsAnError() {
        var engine = new OpaCliEngine(opa(), List.of(ROOT.resolve("no-such-pack")));
        AnalyzerException e = assertThrows(
                AnalyzerException.class,
                () -> new UserRegoPackAnalyzer(engine, ROOT).analyzeRepository(List.of(RegoUnits.identity("{}"))));
        assertTrue(e.getMessage().contains("no-such-pack"), e.getMessage());
    }

    @Test
    void objectResultsChooseTheirCodeAndTypeAndEveryPackageIsEvaluated() throws AnalyzerException {
        PolicyUnit bucket = RegoUnits.unit("bucket.json", "", PolicyType.RESOURCE_POLICY, "AWS::S3::Bucket", """
                {"Version": "2012-10-17", "Statement": [{"Sid": "Public", "Effect": "Allow", "Principal": "*",
                  "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}""");
        var engine = new OpaCliEngine(opa(), List.of(resource("conftest-pack"), resource("team-pack")));
        var found = new UserRegoPackAnalyzer(engine, ROOT).analyzeRepository(List.of(bucket));
        var codes = new TreeSet<String>();
        found.forEach(
                uf -> codes.add(uf.finding().issueCode() + " " + uf.finding().findingType()));
        assertEquals(new TreeSet<>(List.of("TEAM_PUBLIC_BUCKET SECURITY_WARNING")), codes);
        assertEquals(ElementPath.ROOT, found.get(0).finding().primaryPath());
    }
}
