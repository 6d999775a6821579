package io.iamgate.analyze.rego;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamgate.analyze.AnalyzerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Evaluates user rule packs with the opa binary: one {@code opa inspect} per pack to learn its packages, then a
 * single {@code opa eval} of {@link RulePackEngine#batchQuery} for all units of the run (each package evaluated with
 * each unit's document as input), so a run costs two or three process starts rather than one per policy; a pack
 * with principal packages costs one inspect and one eval more, for all principals.
 */
final class OpaCliEngine implements RulePackEngine {

    private static final long TIMEOUT_SECONDS = 300;

    /**
     * Built-ins a pack from the repository must not call: they reach the network ({@code http.send},
     * {@code net.lookup_ip_addr}) or read the environment, with its tokens ({@code opa.runtime}).
     */
    static final Set<String> DENIED_BUILTINS = Set.of("http.send", "net.lookup_ip_addr", "opa.runtime");

    private final ObjectMapper mapper = new ObjectMapper();
    private final OpaExecutable opa;
    private final List<Path> packs;

    OpaCliEngine(OpaExecutable opa, List<Path> packs) {
        this.opa = opa;
        this.packs = List.copyOf(packs);
    }

    @Override
    public String describe() {
        return packs.stream().map(Path::toString).collect(Collectors.joining(", "));
    }

    /** One {@code opa eval} of {@code query} over {@code input} with the packs loaded. */
    @Override
    public JsonNode query(ObjectNode input, String query) throws AnalyzerException {
        Path work = null;
        try {
            work = Files.createTempDirectory("iamgate-rego");
            Path inputFile = work.resolve("input.json");
            mapper.writeValue(inputFile.toFile(), input);
            List<String> command = new ArrayList<>(List.of(
                    opa.binary().toString(),
                    "eval",
                    "--format",
                    "json",
                    "--capabilities",
                    capabilities(work).toString(),
                    "--input",
                    inputFile.toString()));
            for (Path pack : packs) {
                command.add("--data");
                command.add(pack.toString());
            }
            command.add(query);
            JsonNode answer = run(command, work);
            return answer.path("result").path(0).path("expressions").path(0).path("value");
        } catch (IOException e) {
            throw new AnalyzerException(
                    "could not run opa for the Rego rule pack " + describe() + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(work);
        }
    }

    /**
     * This opa's own capabilities without {@link #DENIED_BUILTINS} and with no network host allowed: a pack that
     * calls one of them fails to compile, naming the built-in, instead of running it.
     */
    private Path capabilities(Path work) throws IOException, AnalyzerException {
        JsonNode current = run(List.of(opa.binary().toString(), "capabilities", "--current"), work);
        ObjectNode restricted = current.deepCopy();
        ArrayNode builtins = restricted.putArray("builtins");
        for (JsonNode builtin : current.path("builtins")) {
            if (!DENIED_BUILTINS.contains(builtin.path("name").asText())) {
                builtins.add(builtin);
            }
        }
        restricted.putArray("allow_net");
        Path file = work.resolve("capabilities.json");
        mapper.writeValue(file.toFile(), restricted);
        return file;
    }

    /** The packages defined by the packs' Rego files (test-only packages left out: they hold no rules to run). */
    @Override
    public List<String> packages() throws AnalyzerException {
        TreeSet<String> packages = new TreeSet<>();
        for (Path pack : packs) {
            if (!Files.isDirectory(pack) && !Files.isRegularFile(pack)) {
                throw new AnalyzerException("the Rego rule pack " + pack + " does not exist: pass a directory of "
                        + ".rego files to --rego");
            }
            JsonNode inspect;
            try {
                inspect = run(List.of(opa.binary().toString(), "inspect", "--format", "json", pack.toString()), null);
            } catch (IOException e) {
                throw new AnalyzerException(
                        "could not run opa for the Rego rule pack " + pack + ": " + e.getMessage(), e);
            }
            boolean found = false;
            Iterator<Map.Entry<String, JsonNode>> namespaces =
                    inspect.path("namespaces").fields();
            while (namespaces.hasNext()) {
                Map.Entry<String, JsonNode> ns = namespaces.next();
                boolean rules = false;
                for (JsonNode file : ns.getValue()) {
                    String name = file.asText();
                    rules |= name.endsWith(".rego") && !name.endsWith("_test.rego");
                }
                if (rules && ns.getKey().startsWith("data.")) {
                    packages.add(ns.getKey().substring("data.".length()));
                    found = true;
                }
            }
            if (!found) {
                throw new AnalyzerException("the Rego rule pack " + pack + " holds no .rego policy: pass the directory "
                        + "that holds your rules to --rego");
            }
        }
        return List.copyOf(packages);
    }

    private JsonNode run(List<String> command, Path work) throws IOException, AnalyzerException {
        Path dir = work != null ? work : Files.createTempDirectory("iamgate-opa");
        try {
            Path stdout = dir.resolve("stdout.json");
            Path stderr = dir.resolve("stderr.txt");
            Process process = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            boolean done;
            try {
                done = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new AnalyzerException("interrupted while opa evaluated the Rego rule pack " + describe(), e);
            }
            if (!done) {
                process.destroyForcibly();
                throw new AnalyzerException("opa did not finish evaluating the Rego rule pack " + describe()
                        + " within " + TIMEOUT_SECONDS + " s");
            }
            String out = Files.readString(stdout, StandardCharsets.UTF_8);
            String err = Files.readString(stderr, StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0) {
                throw new AnalyzerException("opa rejected the Rego rule pack " + describe()
                        + " (fix the pack, check it " + "with `opa check`): " + errors(out, err));
            }
            return mapper.readTree(out);
        } finally {
            if (work == null) {
                deleteQuietly(dir);
            }
        }
    }

    /** OPA's error messages, from its JSON answer when it gave one. */
    private String errors(String out, String err) {
        try {
            JsonNode answer = mapper.readTree(out);
            if (answer != null && answer.has("errors")) {
                List<String> messages = new ArrayList<>();
                for (JsonNode e : answer.get("errors")) {
                    JsonNode loc = e.path("location");
                    messages.add((loc.has("file")
                                    ? loc.path("file").asText() + ":"
                                            + loc.path("row").asText() + ": "
                                    : "")
                            + e.path("message").asText(e.toString()));
                }
                return String.join("; ", messages);
            }
        } catch (IOException notJson) {
            // fall back to the raw text
        }
        return (out.strip() + " " + err).strip();
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
