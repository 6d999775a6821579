package io.iamgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack written for conftest (input.Statement, data.conftest.file, exceptions, two namespaces) run by the real
 * conftest and by the packaged iamgate on the same IAM policy files: the same failures and warnings per file, and
 * the same rules exempted.
 */
class ConftestParityIT {

    @TempDir
    Path tmp;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** conftest from scripts/install-conftest: missing fails under CI=true, and skips (saying so) elsewhere. */
    private static Path conftest() {
        Path tool = Exec.projectRoot().resolve(".tools/bin/conftest");
        if (!Files.isExecutable(tool)) {
            String message =
                    "conftest is not installed at " + tool + "; run scripts/install-conftest (or scripts/setup)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return tool;
    }

    /** Copies the pack (policy/) and the policy files (iam/) into the temp dir; returns the files, sorted. */
    private List<String> workspace() throws IOException, URISyntaxException {
        Path source =
                Path.of(ConftestParityIT.class.getResource("conftest-parity").toURI());
        List<String> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(source)) {
            for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                String relative = source.relativize(p).toString().replace('\\', '/');
                Files.createDirectories(tmp.resolve(relative).getParent());
                Files.copy(p, tmp.resolve(relative));
                if (relative.startsWith("iam/")) {
                    files.add(relative);
                }
            }
        }
        return files;
    }

    /** "failures" and "warnings" of one file: sorted messages, all namespaces together. */
    private record Results(List<String> failures, List<String> warnings) {
        static Results empty() {
            return new Results(new ArrayList<>(), new ArrayList<>());
        }

        Results sorted() {
            return new Results(
                    failures.stream().sorted().toList(),
                    warnings.stream().sorted().toList());
        }
    }

    @Test
    void aConftestPackGivesTheSameFailuresWarningsAndExceptionsAsConftest() throws Exception {
        Path conftest = conftest();
        Path opa = Exec.tool("opa", "install-opa");
        List<String> files = workspace();

        List<String> conftestCommand = new ArrayList<>(
                List.of(conftest.toString(), "test", "--all-namespaces", "--no-color", "-o", "json", "-p", "policy"));
        conftestCommand.addAll(files);
        Exec.Result byConftest = Exec.run(tmp, Map.of(), true, conftestCommand, 120);
        assertEquals(1, byConftest.exitCode(), byConftest.all());

        Map<String, Results> expected = new TreeMap<>();
        TreeSet<String> exceptions = new TreeSet<>();
        for (JsonNode result : JSON.readTree(byConftest.stdout())) {
            String file = result.path("filename").asText();
            Results r = expected.computeIfAbsent(file, f -> Results.empty());
            result.path("failures").forEach(f -> r.failures().add(f.path("msg").asText()));
            result.path("warnings").forEach(w -> r.warnings().add(w.path("msg").asText()));
            result.path("exceptions")
                    .forEach(e -> exceptions.add(file + " " + e.path("msg").asText()));
        }
        expected.replaceAll((f, r) -> r.sorted());

        List<String> iamgateCommand = new ArrayList<>(List.of(
                Exec.projectRoot().resolve("bin/iamgate").toString(),
                "validate",
                "--no-builtin-rules",
                "--format",
                "json",
                "--rego",
                "policy"));
        iamgateCommand.addAll(files);
        Exec.Result byIamgate = Exec.run(
                tmp,
                Map.of(
                        "IAMGATE_JAR",
                        Exec.jar().toString(),
                        "IAMGATE_CDS",
                        "0",
                        "PATH",
                        opa.getParent() + java.io.File.pathSeparator + System.getenv("PATH")),
                true,
                iamgateCommand,
                180);
        assertEquals(1, byIamgate.exitCode(), byIamgate.all());
        JsonNode report = JSON.readTree(byIamgate.stdout());
        assertEquals(0, report.path("errors").size(), byIamgate.all());

        Map<String, Results> actual = new TreeMap<>();
        for (JsonNode policy : report.path("policies")) {
            Results r = actual.computeIfAbsent(policy.path("file").asText(), f -> Results.empty());
            for (JsonNode finding : policy.path("findings")) {
                if (!finding.path("issueCode").asText().startsWith("REGO_")) {
                    continue; // the offline analyzer's findings: not the pack's
                }
                String type = finding.path("findingType").asText();
                (type.equals("ERROR") ? r.failures() : r.warnings())
                        .add(finding.path("findingDetails").asText());
                assertTrue(type.equals("ERROR") || type.equals("WARNING"), finding.toString());
            }
        }
        actual.replaceAll((f, r) -> r.sorted());

        assertEquals(expected, actual);

        // Not vacuous: the files raise what the pack was written to catch, and both exceptions fired in conftest
        // (the exempted rules' messages are in neither answer).
        assertEquals(
                new Results(
                        List.of(
                                "admin.json: statement Admin allows every action",
                                "statement (no Sid) allows every action of s3"),
                        List.of("statement 1 has no Sid")),
                expected.get("iam/admin.json"));
        assertEquals(
                new Results(
                        List.of("statement Read makes the bucket public"),
                        List.of("bucket policy does not deny requests without TLS (aws:SecureTransport)")),
                expected.get("iam/bucket-public.json"));
        assertEquals(
                new Results(
                        List.of("single.json: statement One allows every action"),
                        List.of("policy does not declare Version 2012-10-17")),
                expected.get("iam/single.json"));
        assertEquals(
                new TreeSet<>(List.of(
                        "iam/breakglass-ops.json data.main.exception[_][_] == \"service_wildcard\"",
                        "iam/website-bucket.json data.iam.s3.exception[_][_] == \"public\"")),
                exceptions);
        assertEquals(Results.empty(), expected.get("iam/website-bucket.json"));
        assertEquals(
                new Results(List.of("breakglass-ops.json: statement Everything allows every action"), List.of()),
                expected.get("iam/breakglass-ops.json"));
        assertEquals(files.size(), actual.size(), "every file is a policy iamgate checked");
    }
}
