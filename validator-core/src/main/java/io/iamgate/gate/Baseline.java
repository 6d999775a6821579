package io.iamgate.gate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.iamgate.config.ConfigException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A baseline file: the findings a team has accepted, by fingerprint, so that only new findings block.
 * Written by {@code iamgate baseline write}; JSON, sorted, one entry per finding, so diffs stay readable:
 * <pre>{"iamgateBaseline": 1, "findings": [{"fingerprint": "...", "file": "...", "origin": "",
 *   "issueCode": "...", "findingType": "...", "path": "Statement[0].Action[1]"}]}</pre>
 */
public final class Baseline {

    public static final int FORMAT_VERSION = 1;
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final Map<String, BaselineEntry> byFingerprint;

    public Baseline(List<BaselineEntry> entries) {
        Map<String, BaselineEntry> map = new LinkedHashMap<>();
        for (BaselineEntry e : sorted(entries)) {
            map.putIfAbsent(e.fingerprint(), e);
        }
        this.byFingerprint = map;
    }

    public List<BaselineEntry> entries() {
        return List.copyOf(byFingerprint.values());
    }

    public Optional<BaselineEntry> entry(String fingerprint) {
        return Optional.ofNullable(byFingerprint.get(fingerprint));
    }

    /** @throws ConfigException naming the file when it is missing, unreadable or not a baseline */
    public static Baseline read(Path file, String shownAs) throws ConfigException {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(shownAs + ": no such baseline file; create it with "
                    + "'iamgate baseline write --output " + shownAs + "'");
        }
        JsonNode root;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ConfigException(shownAs + ": baseline larger than " + MAX_BYTES + " bytes");
            }
            ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder()
                            .streamReadConstraints(StreamReadConstraints.builder()
                                    .maxNestingDepth(20)
                                    .build())
                            .build())
                    .build();
            root = mapper.readTree(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ConfigException(shownAs + ":" + Math.max(1, line) + ": not a valid baseline file (not JSON); "
                    + "write it again with 'iamgate baseline write'");
        } catch (IOException e) {
            throw new ConfigException(
                    shownAs + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (root == null
                || !root.isObject()
                || !root.path("findings").isArray()
                || root.path("iamgateBaseline").asInt(-1) != FORMAT_VERSION) {
            throw new ConfigException(shownAs + ": not an iamgate baseline (expected {\"iamgateBaseline\": "
                    + FORMAT_VERSION + ", \"findings\": [...]}); write it with 'iamgate baseline write'");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root.get("findings")) {
            String fp = n.path("fingerprint").asText("");
            if (!fp.matches("[0-9a-f]{32}")) {
                throw new ConfigException(shownAs + ": findings[" + i + "] has no valid fingerprint (32 hex digits)");
            }
            entries.add(new BaselineEntry(
                    fp,
                    n.path("file").asText(""),
                    n.path("origin").asText(""),
                    n.path("issueCode").asText(""),
                    n.path("findingType").asText(""),
                    n.path("path").asText("")));
            i++;
        }
        return new Baseline(entries);
    }

    public void write(Writer out) throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(pretty);
            g.writeStartObject();
            g.writeNumberField("iamgateBaseline", FORMAT_VERSION);
            g.writeArrayFieldStart("findings");
            for (BaselineEntry e : byFingerprint.values()) {
                g.writeStartObject();
                g.writeStringField("fingerprint", e.fingerprint());
                g.writeStringField("file", e.file());
                g.writeStringField("origin", e.origin());
                g.writeStringField("issueCode", e.issueCode());
                g.writeStringField("findingType", e.findingType());
                g.writeStringField("path", e.path());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static List<BaselineEntry> sorted(List<BaselineEntry> entries) {
        List<BaselineEntry> out = new ArrayList<>(entries);
        out.sort(Comparator.comparing(BaselineEntry::file)
                .thenComparing(BaselineEntry::origin)
                .thenComparing(BaselineEntry::path)
                .thenComparing(BaselineEntry::issueCode)
                .thenComparing(BaselineEntry::fingerprint));
        return out;
    }
}
