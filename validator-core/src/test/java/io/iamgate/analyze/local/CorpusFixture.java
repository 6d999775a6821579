package io.iamgate.analyze.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iamgate.conformance.AccessAnalyzerCorpus;
import io.iamgate.load.LocatedJsonParser;
import io.iamgate.model.Finding;
import io.iamgate.model.Location;
import io.iamgate.model.PathElement;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.model.SourceMapping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Access Analyzer conformance corpus: {@code policies/<Name>.json} (the exact text that was sent, as an
 * IDENTITY_POLICY) and {@code expected/<Name>.json} (what ValidatePolicy answered), in the folder
 * {@link AccessAnalyzerCorpus} locates.
 *
 * <p>Findings on both sides are compared as {@link Observed}: code, and each location as path + offsets.
 */
public final class CorpusFixture {

    /** One corpus entry: the policy text and Access Analyzer's findings on it. */
    public record Entry(String name, String text, List<Observed> expected) {

        /** The unit the corpus was validated as. */
        public PolicyUnit unit() {
            PolicyDocument document = PolicyDocument.of(new LocatedJsonParser().parse(text));
            return new PolicyUnit(
                    "policies/" + name + ".json",
                    "",
                    PolicyType.IDENTITY_POLICY,
                    null,
                    document,
                    SourceMapping.IDENTITY,
                    List.of());
        }
    }

    /** A finding reduced to what conformance compares: code and locations ("Statement[0].Action[3]@10..25"). */
    public record Observed(String issueCode, List<String> locations) {

        public static Observed of(Finding finding) {
            List<String> locations = new ArrayList<>();
            for (Location l : finding.locations()) {
                locations.add(l.path() + "@" + l.span().start().offset() + ".."
                        + l.span().end().offset());
            }
            return new Observed(finding.issueCode(), locations);
        }
    }

    private final Path dir;

    private CorpusFixture(Path dir) {
        this.dir = dir;
    }

    /** The located corpus; the calling test is skipped when it is absent. */
    public static CorpusFixture open() {
        return new CorpusFixture(AccessAnalyzerCorpus.assumePresent());
    }

    public Path dir() {
        return dir;
    }

    /** Every entry, sorted by name. */
    public List<Entry> entries() {
        try (Stream<Path> files = Files.list(dir.resolve("policies"))) {
            List<Entry> out = new ArrayList<>();
            for (Path p : files.sorted().toList()) {
                String file = p.getFileName().toString();
                if (file.endsWith(".json")) {
                    out.add(entry(file.substring(0, file.length() - ".json".length())));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Entry entry(String name) {
        try {
            String text = Files.readString(dir.resolve("policies").resolve(name + ".json"), StandardCharsets.UTF_8);
            JsonNode expected = new ObjectMapper()
                    .readTree(dir.resolve("expected").resolve(name + ".json").toFile());
            List<Observed> findings = new ArrayList<>();
            for (JsonNode f : expected) {
                List<String> locations = new ArrayList<>();
                for (JsonNode l : f.get("locations")) {
                    locations.add(path(l.get("path")) + "@"
                            + l.get("span").get("start").get("offset").asInt() + ".."
                            + l.get("span").get("end").get("offset").asInt());
                }
                findings.add(new Observed(f.get("issueCode").asText(), locations));
            }
            return new Entry(name, text, findings);
        } catch (IOException e) {
            throw new UncheckedIOException("corpus entry " + name + ": " + e.getMessage(), e);
        }
    }

    /** The API's path elements in iamgate's {@link io.iamgate.model.ElementPath} form, so both sides print alike. */
    private static String path(JsonNode elements) {
        List<PathElement> out = new ArrayList<>();
        for (JsonNode e : elements) {
            if (e.has("index")) {
                out.add(PathElement.index(e.get("index").asInt()));
            } else if (e.has("key")) {
                out.add(PathElement.key(e.get("key").asText()));
            } else if (e.has("value")) {
                out.add(PathElement.value(e.get("value").asText()));
            } else {
                JsonNode s = e.get("substring");
                out.add(new PathElement.Substring(
                        s.get("start").asInt(), s.get("length").asInt()));
            }
        }
        return new io.iamgate.model.ElementPath(out).toString();
    }
}
