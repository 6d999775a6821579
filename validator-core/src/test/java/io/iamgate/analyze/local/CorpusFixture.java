package io.iamgate.analyze.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iamgate.load.LocatedJsonParser;
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
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Access Analyzer conformance corpus: {@code policies/<Name>.json} (the exact text sent to ValidatePolicy as
 * IDENTITY_POLICY) and {@code expected/<Name>.json} (the findings array it returned). The corpus lives outside
 * the repository; its folder is the system property {@value #PROPERTY}, by default {@value #DEFAULT_DIR}.
 */
public record CorpusFixture(Path dir) {

    public static final String PROPERTY = "iamgate.corpus.dir";
    public static final String DEFAULT_DIR = "/work/shared/corpus/access-analyzer";

    /** One policy of the corpus with AA's answer. */
    public record Case(String name, String text, JsonNode expected) {

        /** The policy as a unit to validate, verbatim, as IDENTITY_POLICY. */
        public PolicyUnit unit() {
            PolicyDocument document = PolicyDocument.of(new LocatedJsonParser().parse(text));
            return new PolicyUnit("policies/" + name + ".json", "", PolicyType.IDENTITY_POLICY, null, document,
                    SourceMapping.IDENTITY, List.of());
        }
    }

    /** The corpus, when its folder exists on this machine. */
    public static Optional<CorpusFixture> locate() {
        Path dir = Path.of(System.getProperty(PROPERTY, DEFAULT_DIR));
        return Files.isDirectory(dir.resolve("policies")) && Files.isDirectory(dir.resolve("expected"))
                ? Optional.of(new CorpusFixture(dir)) : Optional.empty();
    }

    /** Every policy with its expected findings, in name order. */
    public List<Case> cases() {
        ObjectMapper mapper = new ObjectMapper();
        List<Case> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("policies"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String file = p.getFileName().toString();
                String name = file.substring(0, file.length() - ".json".length());
                String text = Files.readString(p, StandardCharsets.UTF_8);
                JsonNode expected = mapper.readTree(dir.resolve("expected").resolve(file).toFile());
                out.add(new Case(name, text, expected));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus at " + dir, e);
        }
        return out;
    }
}
