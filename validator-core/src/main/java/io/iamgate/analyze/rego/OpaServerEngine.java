package io.iamgate.analyze.rego;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamgate.analyze.AnalyzerException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Evaluates the rule packs a user loaded into an OPA server: the packages come from {@code GET /v1/policies}, and
 * one {@code POST /v1/query} evaluates {@link RulePackEngine#batchQuery} for all units of the run. The query API,
 * not the data API, because only a query can give each unit its {@code data.iamgate.unit} and
 * {@code data.conftest.file} ({@code with}) without writing to the server's data.
 */
final class OpaServerEngine implements RulePackEngine {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int SHOWN = 200;

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI base;

    OpaServerEngine(URI base) {
        String s = base.toString();
        this.base = URI.create(s.endsWith("/") ? s : s + "/");
    }

    @Override
    public String describe() {
        return "at the OPA server " + base;
    }

    /** One {@code POST /v1/query} of {@code query} with {@code input}. */
    @Override
    public JsonNode query(ObjectNode input, String query) throws AnalyzerException {
        ObjectNode body = mapper.createObjectNode();
        body.put("query", "x := " + query);
        body.set("input", input);
        JsonNode answer = send(HttpRequest.newBuilder(base.resolve("v1/query"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
        JsonNode value = answer.path("result").path(0).path("x");
        if (!value.isObject()) {
            throw new AnalyzerException("the OPA server " + base + " answered POST /v1/query without the evaluated "
                    + "packages: " + abbreviate(answer.toString()));
        }
        return value;
    }

    /** The packages of the server's policies, test-only files left out. */
    @Override
    public List<String> packages() throws AnalyzerException {
        JsonNode policies =
                send(HttpRequest.newBuilder(base.resolve("v1/policies")).GET());
        TreeSet<String> packages = new TreeSet<>();
        for (JsonNode policy : policies.path("result")) {
            if (policy.path("id").asText().endsWith("_test.rego")) {
                continue;
            }
            List<String> steps = new ArrayList<>();
            for (JsonNode term : policy.path("ast").path("package").path("path")) {
                if (!"var".equals(term.path("type").asText())) {
                    steps.add(term.path("value").asText());
                }
            }
            if (!steps.isEmpty()) {
                packages.add(String.join(".", steps));
            }
        }
        if (packages.isEmpty()) {
            throw new AnalyzerException("the OPA server " + base + " has no policies loaded: start it with your rule "
                    + "pack (opa run --server DIR) or load it through PUT /v1/policies");
        }
        return List.copyOf(packages);
    }

    private JsonNode send(HttpRequest.Builder request) throws AnalyzerException {
        HttpRequest r = request.timeout(TIMEOUT).build();
        HttpResponse<String> response;
        try {
            response = http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AnalyzerException(
                    "the OPA server " + base + " could not be reached (" + e + "): start it, or " + "check --opa-url",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalyzerException("interrupted while waiting for the OPA server " + base, e);
        }
        if (response.statusCode() != 200) {
            throw new AnalyzerException("the OPA server " + base + " answered " + r.method() + " "
                    + r.uri().getPath()
                    + " with HTTP " + response.statusCode() + ": " + abbreviate(response.body())
                    + " (check the rule pack loaded there, e.g. with opa check)");
        }
        try {
            return mapper.readTree(response.body());
        } catch (IOException e) {
            throw new AnalyzerException(
                    "the OPA server " + base + " answered something that is not JSON: " + abbreviate(response.body()),
                    e);
        }
    }

    /**
     * The start of a server's answer for a message: at most {@value #SHOWN} characters, everything but printable
     * ASCII written as {@code \\uXXXX}, so an answer cannot put control characters, new lines or workflow commands
     * into the log.
     */
    static String abbreviate(String s) {
        String t = s.strip();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(t.length(), SHOWN); i++) {
            char c = t.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return t.length() > SHOWN ? out + "... (" + t.length() + " characters)" : out.toString();
    }
}
